import type { ConstraintMeaning } from '@lagesbild/subgraph-kit';

/**
 * The outcome_value constraints a written row can break (named in 1765100000000-OutcomeValueConstraintNames), with
 * the file's column each concerns. The importer's checks say the same first; these name a row they let through.
 */
export const outcomeValueConstraints: Readonly<Record<string, ConstraintMeaning>> = {
  outcome_value_source_value: {
    column: 'value',
    message: 'A reported value must be a number, and ".." or "." has none.',
  },
  outcome_value_source_missing_pupils: {
    column: 'pupil_count',
    message: 'pupil_count must be empty when the value is "." (no data).',
  },
  outcome_value_published_value: {
    column: 'value',
    message: 'The value would have been published without its number, or a number with a withheld status.',
  },
  outcome_value_published_missing: {
    column: 'value',
    message: 'A "." (no data) would have been published as something else, or a figure as no data.',
  },
  outcome_value_published_pupils: {
    column: 'pupil_count',
    message: 'A value behind fewer than 10 pupils would have been published.',
  },
  outcome_value_pupil_count_check: { column: 'pupil_count', message: 'pupil_count cannot be negative.' },
  outcome_value_year_check: { column: 'year', message: 'year must lie between 2000 and 2100.' },
  outcome_value_group_check: { column: 'group', message: 'group must be ALL, GIRLS or BOYS.' },
  outcome_value_indicator_code_fkey: { column: 'indicator_code', message: 'There is no such indicator.' },
};
