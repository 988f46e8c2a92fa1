import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { useSession } from '../components/SessionContext';
import { usePageQuery } from '../components/usePageQuery';
import {
  HighNeedNotReachedDocument,
  type HighNeedNotReachedQuery,
  type HighNeedNotReachedQueryVariables,
} from '../gql/graphql';
import { formatCount } from '../lib/format';
import { PlanOutreach } from '../interventions/PlanOutreach';

type WorkListSchool = NonNullable<NonNullable<HighNeedNotReachedQuery['county']>['highNeedNotReached']>[number];

/** The regional manager's work list: the county's high-need school units that nothing reached in the period. */
export function WorkList({ variables }: { variables: HighNeedNotReachedQueryVariables }) {
  const { t } = useLanguage();
  const query = usePageQuery(HighNeedNotReachedDocument, variables);
  return (
    <Panel
      title={t.county.workList}
      {...query}
      path="county.highNeedNotReached"
      hasData={query.data?.county?.highNeedNotReached != null}
    >
      <WorkListTable schools={query.data?.county?.highNeedNotReached ?? []} county={String(variables.county ?? '')} />
    </Panel>
  );
}

/**
 * The list's summary and table, with each school's next step (PlanOutreach); `county` is the county's code on the
 * county page, empty on an office's own list (where its staff plan by office).
 */
export function WorkListTable({ schools, county }: { schools: readonly WorkListSchool[]; county: string }) {
  const { t, language } = useLanguage();
  const { user } = useSession();
  return (
    <>
      <p className="summary">{t.county.workListSummary(formatCount(schools.length, language))}</p>
      <DataTable
        caption={t.county.workList}
        rows={[...schools]}
        rowKey={(school) => school.id}
        columns={[
          { header: t.columns.school, value: (school) => school.name },
          { header: t.columns.unitCode, value: (school) => school.unitCode },
          { header: t.columns.schoolForm, value: (school) => t.schoolForms[school.schoolForm] },
          { header: t.columns.municipality, value: (school) => school.municipality?.name },
          { header: t.columns.office, value: (school) => school.municipality?.office?.town },
          { header: t.columns.organiser, value: (school) => school.organiser?.name },
          {
            header: t.county.action,
            value: () => '',
            render: (school) => <PlanOutreach school={school} county={county} user={user} />,
          },
        ]}
      />
    </>
  );
}
