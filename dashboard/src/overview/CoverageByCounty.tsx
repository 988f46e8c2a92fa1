import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countColumn } from '../components/columns';
import { ChartFigure } from '../components/ChartFigure';
import type { Column } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import { useReducedMotion } from '../components/useReducedMotion';
import type { NationalOverviewQuery } from '../gql/graphql';
import { formatCount, formatPercent } from '../lib/format';
import { SERIES } from '../lib/palette';
import { countyRows, type CountyRow } from './countyRows';

/** Coverage by county: the share of school units reached as bars, and every county's figures as a table. */
export function CoverageByCounty({ query }: { query: PageQuery<NationalOverviewQuery> }) {
  const { t, language } = useLanguage();
  const reducedMotion = useReducedMotion();
  const rows = countyRows(query.data);
  const reached = rows.map((row) => row.schoolsReached ?? 0).sort((a, b) => a - b);
  const median = reached.length > 0 ? reached[Math.floor(reached.length / 2)] : null;
  const percent = (value: number | null) => formatPercent(value, language);
  const count = (value: number | null) => formatCount(value, language);
  const columns: Column<CountyRow>[] = [
    { header: t.columns.county, value: (row) => row.name },
    countColumn<CountyRow>(t.columns.schools, (row) => row.schools, language),
    countColumn<CountyRow>(t.columns.schoolsReached, (row) => row.schoolsReached, language),
    { header: t.columns.share, value: (row) => percent(row.share), numeric: true },
    countColumn<CountyRow>(t.columns.highNeed, (row) => row.highNeedSchools, language),
    countColumn<CountyRow>(t.columns.highNeedReached, (row) => row.highNeedSchoolsReached, language),
    countColumn<CountyRow>(t.columns.overdue, (row) => row.overdue, language),
  ];
  const chartRows = rows.map((row) => ({ ...row, percent: row.share === null ? null : row.share * 100 }));
  return (
    <Panel title={t.overview.byCounty} {...query} path="nation.counties.coverage" hasData={rows.length > 0}>
      <ChartFigure
        title={t.overview.byCounty}
        summary={t.overview.byCountySummary(rows.length, count(median))}
        rows={rows}
        rowKey={(row) => row.code}
        columns={columns}
        chart={
          <ResponsiveContainer width="100%" height={560}>
            <BarChart data={chartRows} layout="vertical" margin={{ left: 8, right: 56 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" unit=" %" domain={[0, 'auto']} />
              <YAxis type="category" dataKey="shortName" width={120} interval={0} />
              <Tooltip formatter={(value) => percent(Number(value) / 100)} />
              <Bar dataKey="percent" name={t.columns.share} fill={SERIES[0]} isAnimationActive={!reducedMotion}>
                <LabelList
                  dataKey="percent"
                  position="right"
                  formatter={(value) => (value === null || value === undefined ? '–' : percent(Number(value) / 100))}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </Panel>
  );
}
