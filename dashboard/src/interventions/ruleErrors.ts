// The server's refusals, read for the form: which field each concerns and its code (issue #15: "the server's
// rule errors shown next to the field, by their code"). Pure, so that the mapping is unit-testable.

export interface FieldError {
  code: string;
  /** The server's own sentence, kept so that a person sees exactly what was refused. */
  message: string;
}

export type FieldErrors = Record<string, FieldError>;

interface ErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown; issues?: unknown } | null;
}

/** Each refused field with its code; an error naming no field goes under `form`. */
export function fieldErrorsOf(errors: readonly ErrorLike[], fieldNames: Readonly<Record<string, string>> = {}) {
  const result: FieldErrors = {};
  for (const error of errors) {
    const issues = Array.isArray(error.extensions?.issues)
      ? (error.extensions.issues as { code: string; field: string; message: string }[])
      : [
          {
            code: String(error.extensions?.code ?? ''),
            field: String(error.extensions?.field ?? ''),
            message: error.message,
          },
        ];
    for (const issue of issues) {
      const field = fieldNames[issue.field] ?? (issue.field || 'form');
      result[field] ??= { code: issue.code, message: issue.message };
    }
  }
  return result;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a typed date is a real calendar day, written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Today in Sweden, as the server dates steps left undated. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
