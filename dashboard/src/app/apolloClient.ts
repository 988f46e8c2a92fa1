import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { clearToken, storedToken } from './session';
import { navigate, PAGE_PATHS } from './router';
import { SESSION_CHANGED } from '../components/SessionContext';

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
    link: ApolloLink.from([signedOut, auth, new HttpLink({ uri: '/graphql' })]),
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
