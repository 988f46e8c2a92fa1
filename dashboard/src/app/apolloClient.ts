import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { clearToken, storedToken } from './session';
import { navigate, PAGE_PATHS } from './router';
import { SESSION_CHANGED } from '../components/SessionContext';

/**
 * Trusted documents (issue #14): every operation goes out as the hash codegen persisted it under, never as text
 * (`extensions.persistedQuery.sha256Hash`, which the gateway's persisted documents read). The gateway accepts only
 * those ids from every role but analysts. Apollo's fallback to sending the text (on a not-found answer or a 400) is
 * off: the text would be refused for most roles anyway, and the gateway's own error says what is wrong.
 */
function trustedDocumentsLink(): ApolloLink {
  return createPersistedQueryLink({
    generateHash: (document: DocumentNode) => {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      if (!hash) throw new Error('This operation was not persisted at build time: add it to schema/operations.');
      return hash;
    },
    disable: () => false,
    retry: () => false,
  });
}

/** Sends the sign-in token on every request, and sends the user back to sign-in when the graph refuses it. */
export function createApolloClient(): ApolloClient<unknown> {
  const auth = new ApolloLink((operation, forward) => {
    const token = storedToken();
    if (token) operation.setContext({ headers: { authorization: `Bearer ${token}` } });
    return forward(operation);
  });
  const signedOut = onError(({ graphQLErrors, networkError }) => {
    const unauthenticated =
      graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ||
      (networkError && 'statusCode' in networkError && networkError.statusCode === 401);
    if (!unauthenticated) return;
    clearToken();
    window.dispatchEvent(new Event(SESSION_CHANGED));
    navigate(`${PAGE_PATHS.signIn}?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  });
  return new ApolloClient({
    link: ApolloLink.from([signedOut, auth, trustedDocumentsLink(), new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      // Areas are keyed by code or id; reports under them are values of the area, not entities of their own.
      typePolicies: {
        // There is one nation: its fields from several queries merge into one object.
        Nation: { keyFields: [] },
        County: { keyFields: ['code'] },
        Municipality: { keyFields: ['code'] },
      },
    }),
    // Partial data with errors is the normal answer when a subgraph is down: keep both.
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}
