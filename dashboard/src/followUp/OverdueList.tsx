import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { OverdueListFragment } from '../gql/graphql';
import { formatCount } from '../lib/format';

type OverdueRow = OverdueListFragment['nodes'][number];

/** The overdue follow-ups, oldest first, with how many days each is overdue. */
export function OverdueList({
  query,
  path,
  list,
  office,
}: {
  query: PageQuery<unknown>;
  path: string;
  list: OverdueListFragment | null;
  office: string | null;
}) {
  const { t, language } = useLanguage();
  const rows = (list?.nodes ?? []).filter((row) => !office || row.intervention.office?.id === office);
  const count = (value: number | null | undefined) => formatCount(value, language);
  return (
    <Panel title={t.followUp.overdue} {...query} path={path} hasData={list !== null}>
      <p className="summary">{t.followUp.overdueCount(count(rows.length), count(list?.totalCount))}</p>
      <DataTable<OverdueRow>
        caption={t.followUp.overdue}
        rows={rows}
        rowKey={(row) => `${row.intervention.reference}-${row.followUp.dueOn}`}
        columns={[
          { header: t.columns.reference, value: (row) => row.intervention.reference },
          { header: t.columns.kind, value: (row) => t.kinds[row.intervention.kind] },
          { header: t.columns.office, value: (row) => row.intervention.office?.town },
          { header: t.columns.organiser, value: (row) => row.intervention.organiser?.name },
          { header: t.columns.dueOn, value: (row) => row.followUp.dueOn },
          {
            header: t.columns.daysOverdue,
            value: (row) => row.daysOverdue,
            render: (row) => count(row.daysOverdue),
            numeric: true,
          },
        ]}
      />
    </Panel>
  );
}
