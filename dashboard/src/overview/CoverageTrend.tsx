import { countColumn } from '../components/columns';
import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { SeriesLineChart } from '../components/SeriesLineChart';
import { usePageQuery } from '../components/usePageQuery';
import { CoverageByYearDocument, type CoverageByYearQuery } from '../gql/graphql';
import { toAreaFilter, type Filters } from '../lib/filters';
import { formatCount } from '../lib/format';

type YearRow = NonNullable<CoverageByYearQuery['nation']['coverageBy']>[number];

const FIRST_YEAR = 2020;

/**
 * The trend over the years, its own named operation (CoverageByYear) so that it loads, and fails, apart from the
 * overview's other panels: organisers reached in all, through outreach and through a request.
 */
export function CoverageTrend({ filters }: { filters: Filters }) {
  const { t, language } = useLanguage();
  const thisYear = new Date().getFullYear();
  const query = usePageQuery(CoverageByYearDocument, {
    period: { from: `${FIRST_YEAR}-01-01`, to: `${thisYear}-12-31` },
    filter: toAreaFilter(filters),
  });
  const rows = query.data?.nation.coverageBy ?? [];
  const count = (value: number | null | undefined) => formatCount(value, language);
  const series = [
    { key: 'organisersReached', name: t.columns.organisersReached },
    { key: 'organisersReachedByOutreach', name: t.columns.byOutreach },
    { key: 'organisersReachedByRequest', name: t.columns.byRequest },
  ] as const;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const summary =
    first && last
      ? t.overview.trendSummary(
          String(first.year),
          String(last.year),
          count(first.organisersReached),
          count(last.organisersReached),
        )
      : '';
  return (
    <Panel title={t.overview.trend} {...query} path="nation.coverageBy" hasData={rows.length > 0}>
      <ChartFigure
        title={t.overview.trend}
        summary={summary}
        rows={rows}
        rowKey={(row) => String(row.year)}
        columns={[
          { header: t.columns.year, value: (row: YearRow) => row.year },
          ...series.map((entry) => countColumn<YearRow>(entry.name, (row) => row[entry.key], language)),
          countColumn<YearRow>(t.columns.highNeedReached, (row) => row.highNeedSchoolsReached, language),
        ]}
        chart={<SeriesLineChart rows={rows} x="year" series={series} format={count} height={320} />}
      />
    </Panel>
  );
}
