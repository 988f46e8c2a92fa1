import { useEffect } from 'react';
import { navigate } from '../app/router';
import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { CountyDetailDocument } from '../gql/graphql';
import { filtersToSearch, toAreaFilter, toPeriodInput } from '../lib/filters';
import { mayReadCounty } from '../lib/token';
import { CountyCoverage } from './CountyCoverage';
import { CountyOffices } from './CountyOffices';
import { MunicipalityTable } from './MunicipalityTable';
import { WorkList } from './WorkList';

/** Län, for regional managers: coverage and the funnel, the work list, the offices and the municipalities. */
export default function CountyPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  const county = filters.county;
  // A regional manager with no county in the URL lands on their own.
  useEffect(() => {
    if (!county && user?.role === 'regional' && user.counties[0])
      navigate(`/lan${filtersToSearch({ ...filters, county: user.counties[0] })}`, { replace: true });
  }, [county, user, filters]);
  // Never ask the graph for a county the user may not read, so its figures cannot reach the page (issue #6).
  const allowed = county !== null && mayReadCounty(user, county);
  const variables = { county: county ?? '', period: toPeriodInput(filters.period), filter: toAreaFilter(filters) };
  const query = usePageQuery(CountyDetailDocument, variables, !allowed);
  const name = allowed ? query.data?.county?.name : undefined;
  return (
    <>
      <h1>{name ? t.county.title(name) : t.pages.county}</h1>
      <FilterBar show={['period', 'county', 'office', 'schoolForm', 'kind']} />
      {county === null ? (
        <p className="state">{t.county.choose}</p>
      ) : !allowed ? (
        <AccessMessage message={t.states.noAccessCounty(county)} />
      ) : (
        <>
          <CountyCoverage query={query} />
          <WorkList variables={variables} />
          <CountyOffices query={query} />
          <MunicipalityTable query={query} office={filters.office} />
        </>
      )}
    </>
  );
}
