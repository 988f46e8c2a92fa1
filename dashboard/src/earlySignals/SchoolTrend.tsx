import { ChartFigure } from '../components/ChartFigure';
import { useLanguage } from '../components/LanguageContext';
import { Sparkline } from '../components/Sparkline';
import type { EarlySignalsQuery } from '../gql/graphql';
import { formatSignalValue, trendEnds, type SignalCell } from '../lib/earlySignals';

export type SignalFlag = NonNullable<NonNullable<EarlySignalsQuery['county']>['earlySignals']>['flags'][number];

/** One flagged school's trend: a sparkline, its summary in words, and its data table with a CSV. */
export function SchoolTrend({ flag }: { flag: SignalFlag }) {
  const { t, language } = useLanguage();
  const indicator = t.signals.indicators[flag.indicatorCode] ?? flag.indicatorCode;
  const show = (cell: SignalCell) => formatSignalValue(cell, flag.indicatorCode, language, t.signals.withheld);
  const ends = trendEnds(flag.trend);
  const summary = ends
    ? t.signals.trendSummary(
        indicator,
        show(ends.first),
        String(ends.first.year),
        show(ends.last),
        String(ends.last.year),
      )
    : t.signals.trendUnknown(indicator);
  const rows = flag.trend.map((cell) => ({ ...cell, shown: cell.status === 'REPORTED' ? (cell.value ?? null) : null }));
  const title = t.signals.trendTitle(flag.school?.name ?? flag.school?.id ?? '', t.signals.rules[flag.rule]);
  return (
    <article className="signal-trend">
      <h3>{title}</h3>
      <p>
        {flag.supported
          ? flag.firstSupportOn
            ? t.signals.supportedSince(flag.firstSupportOn)
            : t.signals.supported
          : t.signals.notSupported}
      </p>
      {flag.windowHasSuppressed && <p className="state">{t.signals.suppressedNote}</p>}
      <ChartFigure
        title={title}
        summary={summary}
        rows={rows}
        rowKey={(row) => String(row.year)}
        columns={[
          { header: t.columns.year, value: (row) => row.year },
          { header: t.columns.value, value: (row) => show(row), numeric: true },
        ]}
        chart={<Sparkline rows={rows} y="shown" />}
      />
    </article>
  );
}
