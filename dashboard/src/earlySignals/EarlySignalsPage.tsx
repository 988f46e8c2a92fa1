import { AccessMessage } from '../components/AccessMessage';
import { FilterBar } from '../components/FilterBar';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { followUpArea } from '../followUp/followUpArea';
import { EarlySignalsDocument } from '../gql/graphql';
import { FlaggedSchools } from './FlaggedSchools';

/**
 * Tidiga signaler (issue #16): the schools of a county or an office that an early-signal rule flags, whether each
 * is already supported, and each one's trend. Office staff see their office, a regional manager a county of
 * theirs, national roles the county or office they choose (the whole nation would be too long a list to act on).
 */
export default function EarlySignalsPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters] = useFilters();
  const area = followUpArea(filters, user);
  const query = usePageQuery(
    EarlySignalsDocument,
    {
      inCounty: area.kind === 'county',
      county: area.kind === 'county' ? area.county : '',
      inOffice: area.kind === 'office',
      office: area.kind === 'office' ? area.office : '',
    },
    area.kind !== 'county' && area.kind !== 'office',
  );
  const data = query.data;
  const signals = data?.office?.earlySignals ?? data?.county?.earlySignals ?? null;
  const areaName = data?.office?.town ?? data?.county?.name;
  return (
    <>
      <h1>{areaName ? `${t.signals.title}: ${areaName}` : t.signals.title}</h1>
      <FilterBar show={['county', 'office']} />
      {area.kind === 'denied' ? (
        <AccessMessage message={t.states.noAccess} />
      ) : area.kind === 'nation' ? (
        <p className="state">{t.signals.choose}</p>
      ) : (
        <FlaggedSchools
          query={query}
          path={`${area.kind}.earlySignals`}
          year={signals?.year ?? null}
          flags={signals?.flags ?? null}
        />
      )}
    </>
  );
}
