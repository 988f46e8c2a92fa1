import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { NationalOverviewDocument } from '../gql/graphql';
import { toAreaFilter, toPeriodInput } from '../lib/filters';
import { mayReadNation } from '../lib/token';
import { CountyTileMap } from './CountyTileMap';
import { CoverageByCounty } from './CoverageByCounty';
import { CoverageTrend } from './CoverageTrend';
import { HeadlineFigures } from './HeadlineFigures';

/** Nationell översikt, for agency leadership: headline figures, the county map, coverage by county, the trend. */
export default function OverviewPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  const allowed = mayReadNation(user);
  const filter = toAreaFilter(filters);
  const query = usePageQuery(
    NationalOverviewDocument,
    { period: toPeriodInput(filters.period), filter, followUpFilter: filter },
    !allowed,
  );
  return (
    <>
      <h1>{t.overview.title}</h1>
      {!allowed ? (
        <AccessMessage message={t.states.noAccess} />
      ) : (
        <>
          <FilterBar show={['period', 'schoolForm', 'kind']} />
          <HeadlineFigures query={query} />
          <CountyTileMap query={query} />
          <CoverageByCounty query={query} />
          <CoverageTrend filters={filters} />
        </>
      )}
    </>
  );
}
