import { countColumn } from '../components/columns';
import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { SeriesLineChart } from '../components/SeriesLineChart';
import type { PageQuery } from '../components/usePageQuery';
import type { EquityTrendQuery } from '../gql/graphql';
import type { EquityArea } from './EquityPage';
import { formatValue } from '../lib/format';

interface GapRow {
  year: number;
  gap: number | null;
  schoolCount: number | null;
}

/** The gap between the toughest (band 4) and easiest (band 1) conditions, year by year. */
export function GapTrend({ query, area }: { query: PageQuery<EquityTrendQuery>; area: EquityArea }) {
  const { t, language } = useLanguage();
  const years = query.data?.[area]?.equityTrend?.years ?? [];
  const rows: GapRow[] = years.map((year) => ({
    year: year.year,
    gap: year.gap.value ?? null,
    schoolCount: year.gap.schoolCount,
  }));
  const value = (number: number | null | undefined) => formatValue(number, language);
  const known = rows.filter((row) => row.gap !== null);
  const first = known[0];
  const last = known[known.length - 1];
  return (
    <Panel title={t.equity.gap} {...query} path={`${area}.equityTrend`} hasData={rows.length > 0}>
      <ChartFigure
        title={t.equity.gap}
        summary={
          first && last
            ? t.equity.gapSummary(String(first.year), String(last.year), value(first.gap), value(last.gap))
            : ''
        }
        rows={rows}
        rowKey={(row) => String(row.year)}
        columns={[
          { header: t.columns.year, value: (row) => row.year },
          { header: t.columns.gap, value: (row) => value(row.gap), numeric: true },
          countColumn<GapRow>(t.columns.schoolCount, (row) => row.schoolCount, language),
        ]}
        chart={
          <SeriesLineChart
            rows={rows}
            x="year"
            series={[{ key: 'gap', name: t.columns.gap }]}
            format={value}
            height={280}
          />
        }
      />
    </Panel>
  );
}
