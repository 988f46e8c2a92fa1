import { useQuery, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { otherErrors, unavailableParts, type GraphQLErrorLike, type MissingPart } from '../lib/partialFailure';

export interface PageQuery<TData> {
  data: TData | undefined;
  loading: boolean;
  /** Parts of the answer a down subgraph left empty. */
  missing: MissingPart[];
  /** What went wrong otherwise (a network error, a refused query), as text; null when nothing did. */
  failure: string | null;
}

/** Runs a named operation, keeping partial data and reading down subgraphs out of its errors. */
export function usePageQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  skip = false,
): PageQuery<TData> {
  const result = useQuery(document, { variables, skip, errorPolicy: 'all', notifyOnNetworkStatusChange: true });
  const errors = (result.error?.graphQLErrors ?? []) as readonly GraphQLErrorLike[];
  const others = otherErrors(errors);
  const failure = result.error?.networkError
    ? result.error.networkError.message
    : others.length > 0
      ? others.map((error) => error.message).join(' ')
      : null;
  return { data: result.data, loading: result.loading, missing: unavailableParts(errors), failure };
}
