import { CoverageFigures } from '../components/CoverageFigures';
import { HeadlineFigure } from '../components/HeadlineFigure';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import type { PageQuery } from '../components/usePageQuery';
import type { NationalOverviewQuery } from '../gql/graphql';
import { formatCount } from '../lib/format';

/** The nation's headline figures: reached organisers, schools and high-need schools, outreach share, overdue. */
export function HeadlineFigures({ query }: { query: PageQuery<NationalOverviewQuery> }) {
  const { t, language } = useLanguage();
  const coverage = query.data?.nation.coverage;
  const followUp = query.data?.nation.followUpStatus;
  const count = (value: number | null | undefined) => formatCount(value, language);
  return (
    <Panel title={t.overview.headline} {...query} path="nation.coverage" hasData={Boolean(coverage || followUp)}>
      <dl className="headline-figures" data-testid="headline-figures">
        {coverage && <CoverageFigures coverage={coverage} />}
        {followUp && (
          <HeadlineFigure
            label={t.figures.overdueFollowUps}
            value={count(followUp.overdue)}
            detail={t.figures.ofFollowUps(count(followUp.total))}
          />
        )}
      </dl>
    </Panel>
  );
}
