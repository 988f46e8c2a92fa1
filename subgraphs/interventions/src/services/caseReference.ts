// The office's case reference (ärendenummer) is an intervention's natural key: office id, the year the need was
// identified, and a sequence within office and year, e.g. UME-2024-0007. The migration that introduced it, the demo
// seeder and createIntervention all number the same way: by identifiedOn, then id.

const CASE_REFERENCE = /^([A-Z]{3})-(\d{4})-(\d{4,})$/;

/** At least four digits; an office with more than 9999 cases in a year gets longer numbers, never truncated ones. */
export function formatCaseReference(officeId: string, year: number, sequence: number): string {
  return `${officeId}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** References are compared as written by the office, but a stray space or lower-case letter is not a new case. */
export function normaliseCaseReference(reference: string): string {
  return reference.trim().toUpperCase();
}

/** The office-and-year part the sequence runs within, e.g. "UME-2024". */
export function caseReferencePrefix(officeId: string, identifiedOn: string): string {
  return `${officeId}-${identifiedOn.slice(0, 4)}`;
}

/** Why a (normalised) reference cannot be this intervention's, or null when it fits. */
export function caseReferenceProblem(reference: string, officeId: string, identifiedOn: string): string | null {
  const example = formatCaseReference(officeId, Number(identifiedOn.slice(0, 4)), 7);
  const match = CASE_REFERENCE.exec(reference);
  if (!match) return `reference must be written OFFICE-YEAR-NUMBER, e.g. ${example}, not "${reference}".`;
  const [, office, year, sequence] = match;
  if (`${office}-${year}` !== caseReferencePrefix(officeId, identifiedOn)) {
    return `reference ${reference} must start with the office and the year identified: ${example}.`;
  }
  if (Number(sequence) === 0) return `reference ${reference} must have a sequence number from 0001.`;
  return null;
}

/** The sequence number of a reference, or null when it is not in the OFFICE-YEAR-NUMBER form. */
export function caseReferenceSequence(reference: string): number | null {
  const match = CASE_REFERENCE.exec(reference);
  return match ? Number(match[3]) : null;
}

interface Numbered {
  id: string;
  officeId: string;
  identifiedOn: string;
}

/**
 * References for a whole data set, numbered within office and year by identifiedOn and then id: the same order as
 * the migration's window function (uuid order in PostgreSQL is the order of their lower-case text).
 */
export function assignCaseReferences(interventions: readonly Numbered[]): Map<string, string> {
  const ordered = [...interventions].sort((a, b) =>
    a.identifiedOn === b.identifiedOn ? compare(a.id, b.id) : compare(a.identifiedOn, b.identifiedOn),
  );
  const counters = new Map<string, number>();
  const references = new Map<string, string>();
  for (const intervention of ordered) {
    const prefix = caseReferencePrefix(intervention.officeId, intervention.identifiedOn);
    const sequence = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, sequence);
    references.set(
      intervention.id,
      formatCaseReference(intervention.officeId, Number(intervention.identifiedOn.slice(0, 4)), sequence),
    );
  }
  return references;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
