import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { SeriesLineChart } from '../components/SeriesLineChart';
import type { PageQuery } from '../components/usePageQuery';
import type { EquityTrendQuery } from '../gql/graphql';
import type { EquityArea } from './EquityPage';
import { formatValue } from '../lib/format';

const BANDS = [1, 2, 3, 4] as const;

type BandRow = { year: number } & Partial<Record<`band${(typeof BANDS)[number]}`, number | null>>;

/** The indicator's mean in each socio-economic band, year by year (band 4: the toughest conditions). */
export function BandMeans({ query, area }: { query: PageQuery<EquityTrendQuery>; area: EquityArea }) {
  const { t, language } = useLanguage();
  const years = query.data?.[area]?.equityTrend?.years ?? [];
  const rows: BandRow[] = years.map((year) => {
    const row: BandRow = { year: year.year };
    for (const band of year.bands) row[`band${band.band as (typeof BANDS)[number]}`] = band.mean.value ?? null;
    return row;
  });
  const value = (number: number | null | undefined) => formatValue(number, language);
  const last = rows[rows.length - 1];
  const summary = last
    ? `${BANDS.map((band) => `${t.equity.band(band)}: ${value(last[`band${band}`])}`).join('; ')} (${last.year}).`
    : '';
  return (
    <Panel title={t.equity.bands} {...query} path={`${area}.equityTrend`} hasData={rows.length > 0}>
      <ChartFigure
        title={t.equity.bands}
        summary={summary}
        rows={rows}
        rowKey={(row) => String(row.year)}
        columns={[
          { header: t.columns.year, value: (row) => row.year },
          ...BANDS.map((band) => ({
            header: t.equity.band(band),
            value: (row: BandRow) => value(row[`band${band}`]),
            numeric: true,
          })),
        ]}
        chart={
          <SeriesLineChart
            rows={rows}
            x="year"
            series={BANDS.map((band) => ({ key: `band${band}` as const, name: t.equity.band(band) }))}
            format={value}
          />
        }
      />
    </Panel>
  );
}
