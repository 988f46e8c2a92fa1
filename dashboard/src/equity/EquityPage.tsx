import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { EquityTrendDocument } from '../gql/graphql';
import { mayReadCounty, mayReadNation } from '../lib/token';
import { BandMeans } from './BandMeans';
import { GapTrend } from './GapTrend';
import { IndicatorSelect } from './IndicatorSelect';
import { SupportEffect } from './SupportEffect';

const DEFAULT_INDICATOR = 'MERIT_VALUE_17';

/** Which part of the EquityTrend answer the panels read. */
export type EquityArea = 'nation' | 'county';

/** Likvärdighet: the nation's or a county's gap trend by indicator, its means by band, and supported against comparable schools. */
export default function EquityPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  // Without a county in the URL: the nation for national roles, a regional manager's own county.
  const county = filters.county ?? (user?.role === 'regional' ? user.counties[0] : null);
  const allowed = county === null ? mayReadNation(user) : mayReadCounty(user, county);
  const indicator = filters.indicator ?? DEFAULT_INDICATOR;
  const query = usePageQuery(
    EquityTrendDocument,
    { county: county ?? '', inCounty: county !== null, inNation: county === null, indicator },
    !allowed,
  );
  const area: EquityArea = county === null ? 'nation' : 'county';
  const name = allowed ? (query.data?.county ?? query.data?.nation)?.name : undefined;
  return (
    <>
      <h1>{name ? `${t.equity.title}: ${name}` : t.equity.title}</h1>
      <FilterBar show={['county']} />
      <IndicatorSelect value={indicator} />
      {!allowed ? (
        <AccessMessage message={county === null ? t.states.noAccess : t.states.noAccessCounty(county)} />
      ) : (
        <>
          <GapTrend query={query} area={area} />
          <BandMeans query={query} area={area} />
          <SupportEffect query={query} area={area} />
        </>
      )}
    </>
  );
}
