import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import { useReducedMotion } from '../components/useReducedMotion';
import { formatCount } from '../lib/format';
import { SERIES } from '../lib/palette';

const BUCKETS = ['days1To30', 'days31To90', 'days91To180', 'over180Days'] as const;
type Ageing = Record<(typeof BUCKETS)[number], number>;

/** How long the overdue follow-ups have been overdue, in four age groups. */
export function OverdueAgeing({
  query,
  path,
  ageing,
}: {
  query: PageQuery<unknown>;
  path: string;
  ageing: Ageing | null;
}) {
  const { t, language } = useLanguage();
  const reducedMotion = useReducedMotion();
  const count = (value: number | null | undefined) => formatCount(value, language);
  const rows = ageing ? BUCKETS.map((bucket) => ({ key: bucket, age: t.ageing[bucket], count: ageing[bucket] })) : [];
  return (
    <Panel title={t.followUp.ageing} {...query} path={path} hasData={rows.length > 0}>
      <ChartFigure
        title={t.followUp.ageing}
        summary={t.followUp.ageingSummary(count(ageing?.over180Days))}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: t.columns.age, value: (row) => row.age },
          { header: t.columns.count, value: (row) => row.count, render: (row) => count(row.count), numeric: true },
        ]}
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={rows} margin={{ left: 8, right: 24, top: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="age" />
              <YAxis />
              <Tooltip formatter={(value) => count(Number(value))} />
              <Bar dataKey="count" name={t.columns.count} fill={SERIES[1]} isAnimationActive={!reducedMotion}>
                <LabelList dataKey="count" position="top" formatter={(value) => count(Number(value))} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </Panel>
  );
}
