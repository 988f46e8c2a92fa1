import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { FollowUpByAreaDocument } from '../gql/graphql';
import { toAreaFilter, toPeriodInput } from '../lib/filters';
import { followUpArea } from './followUpArea';
import { OverdueAgeing } from './OverdueAgeing';
import { OfficeWorkList } from './OfficeWorkList';
import { OverdueList } from './OverdueList';
import { StatusTable } from './StatusTable';

/** Uppföljning: status by office and by kind, the ageing of the overdue, and the overdue list. */
export default function FollowUpPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  const area = followUpArea(filters, user);
  const query = usePageQuery(
    FollowUpByAreaDocument,
    {
      period: toPeriodInput(filters.period),
      filter: toAreaFilter(filters),
      inNation: area.kind === 'nation',
      inCounty: area.kind === 'county',
      county: area.kind === 'county' ? area.county : '',
      inOffice: area.kind === 'office',
      office: area.kind === 'office' ? area.office : '',
    },
    area.kind === 'denied',
  );
  const data = query.data;
  const scope = data?.office ?? data?.county ?? data?.nation;
  const path = area.kind === 'denied' ? 'denied' : area.kind;
  const areaName = data?.office?.town ?? data?.county?.name ?? (area.kind === 'nation' ? t.followUp.nation : '');
  // A regional manager's office filter narrows the county's lists; elsewhere the office is the area itself.
  const office = area.kind === 'county' ? filters.office : null;
  const byOffice = data?.nation?.followUpStatus?.byOffice ?? data?.county?.followUpStatus?.byOffice;
  return (
    <>
      <h1>{areaName ? `${t.followUp.title}: ${areaName}` : t.followUp.title}</h1>
      <FilterBar show={['period', 'county', 'office', 'schoolForm', 'kind']} />
      {area.kind === 'denied' ? (
        <AccessMessage message={t.states.noAccess} />
      ) : (
        <>
          <StatusTable
            title={t.followUp.byKind}
            query={query}
            path={`${path}.followUpStatus`}
            rows={(scope?.followUpStatus?.byKind ?? []).map((row) => ({
              ...row,
              key: row.kind,
              label: t.kinds[row.kind],
            }))}
            summaryOf={scope?.followUpStatus ?? null}
          />
          {byOffice && (
            <StatusTable
              title={t.followUp.byOffice}
              query={query}
              path={`${path}.followUpStatus.byOffice`}
              rows={byOffice
                .filter((row) => !office || row.office.id === office)
                .map((row) => ({ ...row, key: row.office.id, label: row.office.town }))}
              summaryOf={null}
            />
          )}
          <OverdueAgeing query={query} path={`${path}.followUpStatus`} ageing={scope?.followUpStatus?.ageing ?? null} />
          <OverdueList
            query={query}
            path={`${path}.overdueFollowUps`}
            list={scope?.overdueFollowUps ?? null}
            office={office}
          />
          {area.kind === 'office' && user?.role === 'office' && user.office === area.office && (
            <OfficeWorkList
              variables={{ office: area.office, period: toPeriodInput(filters.period), filter: toAreaFilter(filters) }}
            />
          )}
        </>
      )}
    </>
  );
}
