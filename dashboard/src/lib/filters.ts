import type { CoverageFilter, FollowUpFilter, InterventionKind, PeriodInput, SchoolForm } from '../gql/graphql';

/** The filters every page reads from its URL, so that a view can be shared and survives a reload (issue #6). */
export interface Filters {
  /** A calendar year ("2025"), or null for the 12 months up to today (the API's default period). */
  period: string | null;
  county: string | null;
  office: string | null;
  schoolForm: SchoolForm | null;
  kind: InterventionKind | null;
  /** The outcome indicator of the equity page (a code such as MERIT_VALUE_17). */
  indicator: string | null;
}

export const SCHOOL_FORMS: SchoolForm[] = [
  'GRUNDSKOLA',
  'GYMNASIESKOLA',
  'ANPASSAD_GRUNDSKOLA',
  'ANPASSAD_GYMNASIESKOLA',
  'SPECIALSKOLA',
];

export const INTERVENTION_KINDS: InterventionKind[] = [
  'QUALITY_DIALOGUE',
  'ADVICE',
  'TRAINING',
  'STATE_GRANT',
  'ACCESSIBLE_LEARNING_ENVIRONMENT',
  'STUDENT_HEALTH',
  'SCHOOL_ATTENDANCE',
  'LOW_RESULTS_PROGRAMME',
];

/** The years the period filter offers: the demo data's outreach starts in 2020. */
export function periodYears(today = new Date()): string[] {
  const years: string[] = [];
  for (let year = today.getFullYear(); year >= 2020; year--) years.push(String(year));
  return years;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from a query string; values that are not valid are dropped rather than sent to the API. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const period = params.get('period');
  const county = params.get('county');
  const office = params.get('office');
  return {
    period: period && /^\d{4}$/.test(period) ? period : null,
    county: county && /^\d{2}$/.test(county) ? county : null,
    office: office && /^[A-Za-z]{2,8}$/.test(office) ? office.toUpperCase() : null,
    schoolForm: pick(params.get('schoolForm'), SCHOOL_FORMS),
    kind: pick(params.get('kind'), INTERVENTION_KINDS),
    indicator: /^[A-Z0-9_]{2,40}$/.test(params.get('indicator') ?? '') ? params.get('indicator') : null,
  };
}

/** The filters as a query string (with its "?", or "" when none is set), in a fixed order. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ['period', 'county', 'office', 'schoolForm', 'kind', 'indicator'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's period for the filter: a whole calendar year, or undefined for the API's default. */
export function toPeriodInput(period: string | null): PeriodInput | undefined {
  return period ? { from: `${period}-01-01`, to: `${period}-12-31` } : undefined;
}

/** The API's coverage and follow-up filter: school form and intervention kind (undefined when neither is set). */
export function toAreaFilter(filters: Filters): (CoverageFilter & FollowUpFilter) | undefined {
  const filter: CoverageFilter & FollowUpFilter = {};
  if (filters.schoolForm) filter.schoolForm = filters.schoolForm;
  if (filters.kind) filter.kind = filters.kind;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
