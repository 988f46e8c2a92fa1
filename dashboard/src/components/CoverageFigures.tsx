import { formatCount, formatPercent, share } from '../lib/format';
import { HeadlineFigure } from './HeadlineFigure';
import { useLanguage } from './LanguageContext';

/** The counts of an area's coverage that the headline shows (a subset of the API's Coverage). */
interface CoverageCounts {
  organisers: number;
  organisersReached: number;
  schools: number;
  schoolsReached: number;
  schoolsReachedByOutreach: number;
  highNeedSchools?: number | null;
  highNeedSchoolsReached?: number | null;
}

/** An area's coverage as headline figures: organisers, schools and high-need schools reached, and outreach share. */
export function CoverageFigures({ coverage }: { coverage: CoverageCounts }) {
  const { t, language } = useLanguage();
  const count = (value: number | null | undefined) => formatCount(value, language);
  return (
    <>
      <HeadlineFigure
        label={t.figures.organisersReached}
        value={count(coverage.organisersReached)}
        detail={t.figures.of(count(coverage.organisers))}
      />
      <HeadlineFigure
        label={t.figures.schoolsReached}
        value={count(coverage.schoolsReached)}
        detail={t.figures.of(count(coverage.schools))}
      />
      <HeadlineFigure
        label={t.figures.highNeedReached}
        value={count(coverage.highNeedSchoolsReached)}
        detail={t.figures.of(count(coverage.highNeedSchools))}
      />
      <HeadlineFigure
        label={t.figures.outreachShare}
        value={formatPercent(share(coverage.schoolsReachedByOutreach, coverage.schoolsReached), language)}
      />
    </>
  );
}
