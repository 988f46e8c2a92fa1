import { AccessMessage } from '../components/AccessMessage';
import { DataTable, type Column } from '../components/DataTable';
import { HeadlineFigure } from '../components/HeadlineFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { WeeklyDigestDocument, type DigestRowFragment } from '../gql/graphql';
import { followUpArea } from '../followUp/followUpArea';
import { formatCount } from '../lib/format';
import { CalendarFeeds } from './CalendarFeeds';

/**
 * Veckosammanställning (issue 15): the latest weekly digest of the user's office (office staff) or county (regional
 * managers; national roles the office or county in the URL): overdue, due within 14 days, high need not reached.
 */
export default function DigestPage() {
  const { t, language } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  const area = followUpArea(filters, user);
  const query = usePageQuery(
    WeeklyDigestDocument,
    {
      inCounty: area.kind === 'county',
      county: area.kind === 'county' ? area.county : '',
      inOffice: area.kind === 'office',
      office: area.kind === 'office' ? area.office : '',
    },
    area.kind !== 'county' && area.kind !== 'office',
  );
  const place = query.data?.office ?? query.data?.county;
  const digest = place?.weeklyDigest ?? null;
  const name = query.data?.office?.town ?? query.data?.county?.name ?? '';
  const count = (value: number | null | undefined) => formatCount(value, language);
  const followUpColumns: Column<DigestRowFragment>[] = [
    { header: t.columns.reference, value: (row) => row.reference },
    { header: t.columns.office, value: (row) => row.office.town },
    { header: t.columns.organiser, value: (row) => row.organiser.name },
    { header: t.columns.dueOn, value: (row) => row.dueOn },
  ];
  const path = area.kind === 'county' ? 'county.weeklyDigest' : 'office.weeklyDigest';
  if (area.kind !== 'county' && area.kind !== 'office') {
    return (
      <>
        <h1>{t.digest.title}</h1>
        <AccessMessage message={t.states.noAccess} />
      </>
    );
  }
  return (
    <>
      <h1>{name ? `${t.digest.title}: ${name}` : t.digest.title}</h1>
      <Panel title={t.digest.figures} {...query} path={path} hasData={digest !== null}>
        {digest && (
          <>
            <p className="summary">{t.digest.week(digest.weekStart, digest.builtOn)}</p>
            <dl className="headline-figures">
              <HeadlineFigure label={t.digest.overdue} value={count(digest.overdueCount)} />
              <HeadlineFigure label={t.digest.dueSoon} value={count(digest.dueSoonCount)} />
              <HeadlineFigure label={t.digest.notReached} value={count(digest.highNeedNotReachedCount)} />
            </dl>
          </>
        )}
      </Panel>
      {!query.loading && place && !digest && <p className="state">{t.digest.none}</p>}
      {digest && (
        <>
          <Panel title={t.digest.overdue} {...query} path={`${path}.overdue`} hasData>
            <DataTable<DigestRowFragment>
              caption={t.digest.overdue}
              rows={digest.overdue}
              rowKey={(row) => row.followUpId}
              columns={[
                ...followUpColumns,
                {
                  header: t.columns.daysOverdue,
                  value: (row) => row.daysOverdue,
                  render: (row) => count(row.daysOverdue),
                  numeric: true,
                },
              ]}
            />
          </Panel>
          <Panel title={t.digest.dueSoon} {...query} path={`${path}.dueSoon`} hasData>
            <DataTable<DigestRowFragment>
              caption={t.digest.dueSoon}
              rows={digest.dueSoon}
              rowKey={(row) => row.followUpId}
              columns={followUpColumns}
            />
          </Panel>
          <Panel title={t.digest.notReached} {...query} path={`${path}.highNeedNotReached`} hasData>
            <DataTable
              caption={t.digest.notReached}
              rows={digest.highNeedNotReached}
              rowKey={(row) => row.id}
              columns={[
                { header: t.columns.school, value: (row) => row.name },
                { header: t.columns.municipality, value: (row) => row.municipality?.name },
              ]}
            />
          </Panel>
        </>
      )}
      {/* A feed reads as its maker, so only those whose own digest it carries make one. */}
      {(user?.role === 'office' || user?.role === 'regional') && <CalendarFeeds />}
    </>
  );
}
