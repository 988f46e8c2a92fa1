import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { EquityTrendDocument } from '../gql/graphql';
import { mayReadCounty } from '../lib/token';
import { BandMeans } from './BandMeans';
import { GapTrend } from './GapTrend';
import { IndicatorSelect } from './IndicatorSelect';
import { SupportEffect } from './SupportEffect';

const DEFAULT_INDICATOR = 'MERIT_VALUE_17';

/** Likvärdighet: a county's gap trend by indicator, its means by band, and supported against comparable schools. */
export default function EquityPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  // Without a county in the URL: a regional manager's own, else Stockholms län (01), the first by code.
  const county = filters.county ?? (user?.role === 'regional' ? user.counties[0] : '01');
  const allowed = mayReadCounty(user, county);
  const indicator = filters.indicator ?? DEFAULT_INDICATOR;
  const query = usePageQuery(EquityTrendDocument, { county, indicator }, !allowed);
  const name = allowed ? query.data?.county?.name : undefined;
  return (
    <>
      <h1>{name ? `${t.equity.title}: ${name}` : t.equity.title}</h1>
      <FilterBar show={['county']} />
      <IndicatorSelect value={indicator} />
      {!allowed ? (
        <AccessMessage message={t.states.noAccessCounty(county)} />
      ) : (
        <>
          <GapTrend query={query} />
          <BandMeans query={query} />
          <SupportEffect query={query} />
        </>
      )}
    </>
  );
}
