import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

// Office staff find an organiser or a school unit the way they know it: part of its name, or its number as written
// on their papers (a unit code, an organisation number with or without its hyphen).

/** The term as a LIKE pattern that matches it anywhere, with LIKE's own wildcards taken literally. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Narrows the query to rows whose name holds the term (any case), or whose number column, digits only, starts with
 * the term's digits. A term of spaces alone narrows nothing.
 */
export function whereNameOrNumber<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  term: string | null | undefined,
  numberColumn: string,
): SelectQueryBuilder<T> {
  const trimmed = term?.trim() ?? '';
  if (trimmed === '') return query;
  const digits = trimmed.replace(/\D/g, '');
  const byName = `${query.alias}.name ILIKE :searchName`;
  const parameters = { searchName: containsPattern(trimmed), searchDigits: `${digits}%` };
  // A term with letters names a school by name only; digits among letters are part of the name.
  if (digits === '' || /[^\d\s-]/.test(trimmed)) return query.andWhere(byName, parameters);
  return query.andWhere(
    `(${byName} OR regexp_replace(${numberColumn}, '\\D', '', 'g') LIKE :searchDigits)`,
    parameters,
  );
}
