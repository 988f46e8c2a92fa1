import type { Language } from '../i18n/strings';

const localeOf = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

/** A count with the language's digit grouping; "–" for a figure that is unknown (never shown as 0). */
export function formatCount(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '–' : value.toLocaleString(localeOf(language));
}

/** part / whole as a share from 0 to 1, or null when the whole is 0 or either is unknown. */
export function share(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole === 0) return null;
  return part / whole;
}

/** A share as a percentage with one decimal ("42,5 %" in Swedish); "–" when unknown. */
export function formatPercent(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  const number = (value * 100).toLocaleString(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Swedish writes a space before the per cent sign (Språkrådet); English does not.
  return language === 'sv' ? `${number} %` : `${number}%`;
}

/** A measured value with at most one decimal; "–" when unknown. */
export function formatValue(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString(localeOf(language), { maximumFractionDigits: 1 });
}
