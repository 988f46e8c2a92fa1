import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { useSession } from '../components/SessionContext';
import { usePageQuery } from '../components/usePageQuery';
import { HighNeedNotReachedDocument, type HighNeedNotReachedQueryVariables } from '../gql/graphql';
import { formatCount } from '../lib/format';
import { PlanOutreach } from '../interventions/PlanOutreach';

/** The regional manager's work list: the county's high-need school units that nothing reached in the period. */
export function WorkList({ variables }: { variables: HighNeedNotReachedQueryVariables }) {
  const { t, language } = useLanguage();
  const query = usePageQuery(HighNeedNotReachedDocument, variables);
  const schools = query.data?.county?.highNeedNotReached ?? [];
  const { user } = useSession();
  return (
    <Panel
      title={t.county.workList}
      {...query}
      path="county.highNeedNotReached"
      hasData={query.data?.county?.highNeedNotReached != null}
    >
      <p className="summary">{t.county.workListSummary(formatCount(schools.length, language))}</p>
      <DataTable
        caption={t.county.workList}
        rows={schools}
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
            render: (school) => <PlanOutreach school={school} county={String(variables.county ?? '')} user={user} />,
          },
        ]}
      />
    </Panel>
  );
}
