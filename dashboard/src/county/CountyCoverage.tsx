import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../components/ChartFigure';
import { CoverageFigures } from '../components/CoverageFigures';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import { useReducedMotion } from '../components/useReducedMotion';
import type { CountyDetailQuery } from '../gql/graphql';
import { formatCount } from '../lib/format';
import { SERIES } from '../lib/palette';

const STEPS = ['organisers', 'contacted', 'offered', 'accepted', 'started', 'followedUp'] as const;

/** The county's coverage figures and its outreach funnel (organisers contacted → … → followed up). */
export function CountyCoverage({ query }: { query: PageQuery<CountyDetailQuery> }) {
  const { t, language } = useLanguage();
  const reducedMotion = useReducedMotion();
  const coverage = query.data?.county?.coverage;
  const count = (value: number | null | undefined) => formatCount(value, language);
  const funnel = coverage ? STEPS.map((step) => ({ step: t.funnel[step], count: coverage.funnel[step] })) : [];
  return (
    <>
      <Panel title={t.county.coverage} {...query} path="county.coverage" hasData={Boolean(coverage)}>
        {coverage && (
          <dl className="headline-figures" data-testid="county-figures">
            <CoverageFigures coverage={coverage} />
          </dl>
        )}
      </Panel>
      <Panel title={t.county.funnel} {...query} path="county.coverage.funnel" hasData={funnel.length > 0}>
        <ChartFigure
          title={t.county.funnel}
          summary={
            coverage ? t.county.funnelSummary(count(coverage.funnel.contacted), count(coverage.funnel.followedUp)) : ''
          }
          rows={funnel}
          rowKey={(row) => row.step}
          columns={[
            { header: t.columns.step, value: (row) => row.step },
            { header: t.columns.count, value: (row) => row.count, render: (row) => count(row.count), numeric: true },
          ]}
          chart={
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={funnel} layout="vertical" margin={{ left: 8, right: 56 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" />
                <YAxis type="category" dataKey="step" width={110} interval={0} />
                <Tooltip formatter={(value) => count(Number(value))} />
                <Bar dataKey="count" name={t.columns.count} fill={SERIES[0]} isAnimationActive={!reducedMotion}>
                  <LabelList dataKey="count" position="right" formatter={(value) => count(Number(value))} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          }
        />
      </Panel>
    </>
  );
}
