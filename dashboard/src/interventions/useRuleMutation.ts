import { useMutation, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { fieldErrorsOf, type FieldErrors } from './ruleErrors';

/**
 * A mutation whose refusals come back as field errors. While it is in flight `saving` is true, and a second call
 * is ignored, so a double click sends one request.
 */
export function useRuleMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  fieldNames: Readonly<Record<string, string>> = {},
) {
  const [mutate] = useMutation(document, { errorPolicy: 'all' });
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async (variables: TVariables): Promise<TData | null> => {
    if (saving) return null;
    setSaving(true);
    try {
      const result = await mutate({ variables });
      const refused = fieldErrorsOf(result.errors ?? [], fieldNames);
      setErrors(refused);
      return Object.keys(refused).length === 0 && result.data ? result.data : null;
    } catch (error) {
      setErrors({ form: { code: 'NETWORK', message: (error as Error).message } });
      return null;
    } finally {
      setSaving(false);
    }
  };
  return { run, saving, errors, setErrors };
}
