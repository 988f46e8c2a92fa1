import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { EarlySignalsQuery } from '../gql/graphql';
import { flagCounts, formatSignalValue } from '../lib/earlySignals';
import { formatCount } from '../lib/format';
import { SchoolTrend, type SignalFlag } from './SchoolTrend';

/** The flagged schools: one line in words, the table of flags (with its CSV), and each school's trend. */
export function FlaggedSchools({
  query,
  path,
  year,
  flags,
}: {
  query: PageQuery<EarlySignalsQuery>;
  path: string;
  year: number | null;
  flags: readonly SignalFlag[] | null;
}) {
  const { t, language } = useLanguage();
  const counts = flagCounts(flags ?? []);
  const valuesOf = (flag: SignalFlag) =>
    flag.values
      .map((cell) => `${cell.year}: ${formatSignalValue(cell, flag.indicatorCode, language, t.signals.withheld)}`)
      .join(', ');
  const yearText = year === null ? '–' : String(year);
  return (
    <>
      <Panel title={t.signals.flagged} {...query} path={path} hasData={flags !== null}>
        <p className="summary">
          {counts.flags === 0
            ? t.signals.none(yearText)
            : t.signals.summary(
                formatCount(counts.flags, language),
                formatCount(counts.schools, language),
                yearText,
                formatCount(counts.supported, language),
              )}
        </p>
        <ul className="rule-help">
          {(['RISING_ABSENCE', 'FALLING_ELIGIBILITY', 'LOW_SALSA_RESIDUAL'] as const).map((rule) => (
            <li key={rule}>
              <strong>{t.signals.rules[rule]}:</strong> {t.signals.ruleHelp[rule]}
            </li>
          ))}
        </ul>
        {counts.flags > 0 && (
          <DataTable
            caption={t.signals.flagged}
            rows={flags ?? []}
            rowKey={(flag) => `${flag.rule}-${flag.school.id}`}
            columns={[
              { header: t.columns.school, value: (flag) => flag.school.name },
              { header: t.columns.unitCode, value: (flag) => flag.school.unitCode },
              { header: t.columns.municipality, value: (flag) => flag.school.municipality.name },
              { header: t.columns.rule, value: (flag) => t.signals.rules[flag.rule] },
              { header: t.columns.signalValues, value: valuesOf },
              {
                header: t.columns.support,
                value: (flag) =>
                  flag.supported ? (flag.firstSupportOn ?? t.signals.supported) : t.signals.notSupported,
              },
            ]}
          />
        )}
      </Panel>
      {counts.flags > 0 && (
        <section className="panel" aria-labelledby="signal-trends">
          <h2 id="signal-trends">{t.signals.trends}</h2>
          <div className="signal-trends">
            {(flags ?? []).map((flag) => (
              <SchoolTrend key={`${flag.rule}-${flag.school.id}`} flag={flag} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
