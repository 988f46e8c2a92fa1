import { decimal } from '@lagesbild/subgraph-kit';
import { z } from 'zod';
import { OutcomeStatus } from '../entities/outcomeEnums';

export interface OutcomeFigure {
  status: OutcomeStatus;
  value: number | null;
}

/**
 * A value as Skolverket publishes it: a number (decimal comma or point), ".." when there were too few pupils to
 * publish it, or "." when there is no data. The markers become a status with a null value, never 0.
 */
export const outcomeFigure = z.string().transform((text, context): OutcomeFigure => {
  if (text === '..') return { status: OutcomeStatus.SUPPRESSED, value: null };
  if (text === '.') return { status: OutcomeStatus.MISSING, value: null };
  const number = decimal.safeParse(text);
  if (number.success) return { status: OutcomeStatus.REPORTED, value: number.data };
  context.addIssue({
    code: 'custom',
    message: 'must be a number (decimal comma or point), ".." (too few pupils to publish) or "." (no data)',
  });
  return z.NEVER;
});

const FIRST_YEAR = 2000;

/** A year from 2000 up to the current one; read at parse time, so that a service running over New Year keeps up. */
export const outcomeYear = z
  .string()
  .regex(/^\d{4}$/, { error: 'must be a year written with four digits' })
  .transform(Number)
  .refine((year) => year >= FIRST_YEAR && year <= new Date().getFullYear(), {
    error: () => `must be between ${FIRST_YEAR} and ${new Date().getFullYear()}`,
  });
