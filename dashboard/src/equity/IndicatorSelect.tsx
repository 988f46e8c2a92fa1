import { useLanguage } from '../components/LanguageContext';
import { useFilters } from '../components/useFilters';
import { usePageQuery } from '../components/usePageQuery';
import { FilterOptionsDocument } from '../gql/graphql';

/** The outcome indicator the equity page shows, kept in the URL like the other filters. */
export function IndicatorSelect({ value }: { value: string }) {
  const { t, language } = useLanguage();
  const [, setFilters] = useFilters();
  const options = usePageQuery(FilterOptionsDocument, {});
  const indicators = options.data?.indicators?.nodes ?? [];
  return (
    <form className="filter-bar" aria-label={t.filters.indicator} onSubmit={(event) => event.preventDefault()}>
      <label>
        <span>{t.filters.indicator}</span>
        <select value={value} onChange={(event) => setFilters({ indicator: event.target.value })}>
          {indicators.length === 0 && <option value={value}>{value}</option>}
          {indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {language === 'sv' ? indicator.nameSv : indicator.nameEn}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
