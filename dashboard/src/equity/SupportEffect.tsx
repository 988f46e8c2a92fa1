import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { SeriesLineChart } from '../components/SeriesLineChart';
import type { PageQuery } from '../components/usePageQuery';
import type { EquityTrendQuery } from '../gql/graphql';
import type { EquityArea } from './EquityPage';
import { formatValue } from '../lib/format';

/** Supported schools against comparable unsupported ones, from three years before first support to three after. */
export function SupportEffect({ query, area }: { query: PageQuery<EquityTrendQuery>; area: EquityArea }) {
  const { t, language } = useLanguage();
  const years = query.data?.[area]?.supportEffect?.years ?? [];
  const rows = years.map((year) => ({
    yearsFromSupport: year.yearsFromSupport,
    supported: year.supported.value ?? null,
    comparison: year.comparison.value ?? null,
    difference: year.difference.value ?? null,
  }));
  const value = (number: number | null | undefined) => formatValue(number, language);
  const after = rows.find((row) => row.yearsFromSupport === 3);
  return (
    <Panel title={t.equity.support} {...query} path={`${area}.supportEffect`} hasData={rows.length > 0}>
      <ChartFigure
        title={t.equity.support}
        summary={t.equity.supportSummary(value(after?.difference))}
        rows={rows}
        rowKey={(row) => String(row.yearsFromSupport)}
        columns={[
          { header: t.columns.yearsFromSupport, value: (row) => row.yearsFromSupport },
          { header: t.columns.supported, value: (row) => value(row.supported), numeric: true },
          { header: t.columns.comparison, value: (row) => value(row.comparison), numeric: true },
          { header: t.columns.difference, value: (row) => value(row.difference), numeric: true },
        ]}
        chart={
          <SeriesLineChart
            rows={rows}
            x="yearsFromSupport"
            series={[
              { key: 'supported', name: t.columns.supported },
              { key: 'comparison', name: t.columns.comparison },
            ]}
            format={value}
            height={280}
            markX={0}
          />
        }
      />
    </Panel>
  );
}
