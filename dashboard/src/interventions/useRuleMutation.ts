import { useMutation, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from './ruleErrors';

/**
 * A mutation whose refusals come back as field errors. While it is in flight `saving` is true, and a second call
 * is ignored, so a double click sends one request. `onRefused` is given the refusals at once, before they reach
 * `errors` with the next render.
 */
export function useRuleMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  fieldNames: Readonly<Record<string, string>> = {},
) {
  const [mutate] = useMutation(document, { errorPolicy: 'all' });
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async (variables: TVariables, onRefused?: (refused: FieldErrors) => void): Promise<TData | null> => {
    if (saving) return null;
    setSaving(true);
    try {
      const result = await mutate({ variables });
      const refused = fieldErrorsOf(result.errors ?? [], fieldNames);
      setErrors(refused);
      if (Object.keys(refused).length === 0 && result.data) return result.data;
      onRefused?.(refused);
      return null;
    } catch (error) {
      const failed = { form: { code: 'NETWORK', message: (error as Error).message } };
      setErrors(failed);
      onRefused?.(failed);
      return null;
    } finally {
      setSaving(false);
    }
  };
  return { run, saving, errors, setErrors };
}
