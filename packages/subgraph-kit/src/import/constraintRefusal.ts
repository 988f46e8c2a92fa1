import type { EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';

/** What an importer says of a table constraint that refuses a row: the file's column it concerns, and why. */
export interface ConstraintMeaning {
  column: string | null;
  message: string;
}

/** The name of the constraint behind an integrity violation (SQLSTATE class 23), or null for any other error. */
export function violatedConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code?.startsWith('23') ? (driverError.constraint ?? 'unnamed') : null;
}

/**
 * The index of the first row that makes `write` fail on a constraint: the shortest failing prefix, found by
 * halving, each try rolled back to a savepoint. A set-based statement fails as a whole and PostgreSQL does not say
 * which of its rows it refused; this runs only once a write has failed, which is a fault of ours, so its ~log2(n)
 * extra writes do not matter. The caller rolls back to its own savepoint afterwards.
 */
export async function firstRefusedRow<Row>(
  manager: EntityManager,
  rows: readonly Row[],
  write: (rows: Row[]) => Promise<unknown>,
): Promise<number> {
  const fails = async (count: number) => {
    await manager.query('SAVEPOINT import_probe');
    try {
      await write(rows.slice(0, count));
      return false;
    } catch (error) {
      if (violatedConstraint(error) === null) throw error;
      return true;
    } finally {
      await manager.query('ROLLBACK TO SAVEPOINT import_probe');
    }
  };
  // The whole set fails; the shortest failing prefix ends with the first row refused.
  let low = 1;
  let high = rows.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await fails(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}
