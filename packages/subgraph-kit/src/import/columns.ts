import { z } from 'zod';

// Column parsers shared by the importers, with messages that complete "<column> …".

/** An ISO date, YYYY-MM-DD, that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      error: 'is not a date in the calendar',
    },
  );

/** A decimal number; a decimal comma (Swedish) is accepted as well as a point. */
export const decimal = z
  .string()
  .regex(/^-?\d+([.,]\d+)?$/, { error: 'must be a number (decimal comma or point)' })
  .transform((value) => Number(value.replace(',', '.')));

/** A whole number within a range. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `must be between ${min} and ${max}` });

/** One of a fixed set of values, case-insensitive, with Swedish synonyms where people write them. */
export const oneOf = <T extends string>(values: readonly T[], synonyms: Record<string, T> = {}) =>
  z
    .string()
    .transform((value) => value.trim())
    .transform((value, context) => {
      const upper = value.toUpperCase().replace(/[\s-]+/g, '_');
      const found = values.find((candidate) => candidate === upper) ?? synonyms[value.toLowerCase()];
      if (found) return found;
      context.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}, not "${value}"` });
      return z.NEVER;
    });

/** Text with a length limit. */
export const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });

/** Required in zod terms: an empty cell is absent, and gets this message. */
export const required = {
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : undefined),
};
