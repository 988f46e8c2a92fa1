import type { ReactNode } from 'react';
import type { FieldError } from './ruleErrors';
import { useInterventionStrings } from './interventionStrings';

/**
 * A labelled control with its hint and what is wrong with it, tied to the control by aria-describedby so that a
 * screen reader reads the error with the field. The control is passed as a render function given its ids.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError | string | null;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const s = useInterventionStrings();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const text =
    typeof error === 'string'
      ? error
      : error
        ? `${s.errors.byCode[error.code] ?? ''} ${s.errors.serverSays} ${error.message}`.trim()
        : null;
  return (
    <div className={error ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined })}
      {text && (
        <p id={`${id}-error`} className="form-error" data-code={typeof error === 'object' ? error?.code : undefined}>
          {text}
        </p>
      )}
    </div>
  );
}
