import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import { useReducedMotion } from '../components/useReducedMotion';
import { formatCount } from '../lib/format';
import { SERIES } from '../lib/palette';

export interface StatusRow {
  key: string;
  label: string;
  total: number;
  notDue: number;
  dueSoon: number;
  overdue: number;
  done: number;
}

const STATUSES = ['done', 'notDue', 'dueSoon', 'overdue'] as const;

/** Follow-ups by status for each kind or office: stacked bars and the same counts as a table. */
export function StatusTable({
  title,
  query,
  path,
  rows,
  summaryOf,
}: {
  title: string;
  query: PageQuery<unknown>;
  path: string;
  rows: StatusRow[];
  summaryOf: { overdue: number; total: number } | null;
}) {
  const { t, language } = useLanguage();
  const reducedMotion = useReducedMotion();
  const count = (value: number | null | undefined) => formatCount(value, language);
  const overdue = summaryOf?.overdue ?? rows.reduce((sum, row) => sum + row.overdue, 0);
  const total = summaryOf?.total ?? rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <Panel title={title} {...query} path={path} hasData={rows.length > 0}>
      <ChartFigure
        title={title}
        summary={t.followUp.statusSummary(count(overdue), count(total))}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: title === t.followUp.byKind ? t.columns.kind : t.columns.office, value: (row) => row.label },
          ...(['total', ...STATUSES] as const).map((status) => ({
            header: t.columns[status],
            value: (row: StatusRow) => row[status],
            render: (row: StatusRow) => count(row[status]),
            numeric: true,
          })),
        ]}
        chart={
          <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 32 + 80)}>
            <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" />
              <YAxis type="category" dataKey="label" width={200} interval={0} />
              <Tooltip formatter={(value) => count(Number(value))} />
              <Legend />
              {STATUSES.map((status, index) => (
                <Bar
                  key={status}
                  dataKey={status}
                  name={t.columns[status]}
                  stackId="status"
                  fill={SERIES[index]}
                  isAnimationActive={!reducedMotion}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </Panel>
  );
}
