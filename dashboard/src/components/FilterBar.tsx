import { FilterOptionsDocument } from '../gql/graphql';
import { INTERVENTION_KINDS, periodYears, SCHOOL_FORMS, type Filters } from '../lib/filters';
import { mayReadCounty } from '../lib/token';
import { useLanguage } from './LanguageContext';
import { usePageQuery } from './usePageQuery';
import { useSession } from './SessionContext';
import { useFilters } from './useFilters';

type FilterName = Exclude<keyof Filters, 'indicator'>;

/** The page's filters, as native selects (keyboard and screen-reader friendly), each written to the URL. */
export function FilterBar({ show }: { show: FilterName[] }) {
  const { t } = useLanguage();
  const { user } = useSession();
  const [filters, setFilters] = useFilters();
  const options = usePageQuery(FilterOptionsDocument, {});
  const counties = (options.data?.nation.counties ?? []).filter((county) => mayReadCounty(user, county.code));
  const offices = options.data?.nation.offices ?? [];
  const onlyOwnCounties = user?.role === 'regional';
  const select = (name: FilterName, label: string, all: string | null, choices: [string, string][]) => (
    <label key={name}>
      <span>{label}</span>
      <select value={filters[name] ?? ''} onChange={(event) => setFilters({ [name]: event.target.value || null })}>
        {all !== null && <option value="">{all}</option>}
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filter-bar" aria-label={t.filters.legend} onSubmit={(event) => event.preventDefault()}>
      {show.includes('period') &&
        select(
          'period',
          t.filters.period,
          t.filters.last12Months,
          periodYears().map((year) => [year, year]),
        )}
      {show.includes('county') &&
        select(
          'county',
          t.filters.county,
          onlyOwnCounties ? null : t.filters.allCounties,
          counties.map((county) => [county.code, county.name]),
        )}
      {show.includes('office') &&
        select(
          'office',
          t.filters.office,
          t.filters.allOffices,
          offices.map((office) => [office.id, office.town]),
        )}
      {show.includes('schoolForm') &&
        select(
          'schoolForm',
          t.filters.schoolForm,
          t.filters.allSchoolForms,
          SCHOOL_FORMS.map((form) => [form, t.schoolForms[form]]),
        )}
      {show.includes('kind') &&
        select(
          'kind',
          t.filters.kind,
          t.filters.allKinds,
          INTERVENTION_KINDS.map((kind) => [kind, t.kinds[kind]]),
        )}
    </form>
  );
}
