import { useEffect, useState } from 'react';
import { navigate, useUrl } from '../app/router';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { decodeToken, landingPath } from '../lib/token';

interface DemoUser {
  id: string;
  role: string;
  label: string;
  counties: string[];
  office: string | null;
}

type Listing =
  { state: 'loading' } | { state: 'idp' } | { state: 'failed'; reason: string } | { state: 'users'; users: DemoUser[] };

/**
 * Sign-in. The embedded default lists its demo users (GET /auth/demo-users) and asks for a token for the one chosen
 * (POST /auth/demo-token); where the organisation's identity provider signs users in, that list answers 404.
 */
export default function SignInPage() {
  const { t } = useLanguage();
  const { signIn } = useSession();
  const { search } = useUrl();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/auth/demo-users')
      .then(async (response) => {
        if (!live) return;
        if (response.status === 404) return setListing({ state: 'idp' });
        if (!response.ok) return setListing({ state: 'failed', reason: `HTTP ${response.status}` });
        setListing({ state: 'users', users: (await response.json()) as DemoUser[] });
      })
      .catch((error: unknown) => live && setListing({ state: 'failed', reason: String(error) }));
    return () => {
      live = false;
    };
  }, []);
  const choose = async (user: DemoUser) => {
    setFailure(null);
    const response = await fetch('/auth/demo-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: user.id }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
    const session = body.token ? decodeToken(body.token) : null;
    if (!response.ok || !body.token || !session) return setFailure(body.error ?? `HTTP ${response.status}`);
    signIn(body.token);
    // Back to the page that asked for sign-in, unless it is one this role may not use; else the role's landing page.
    const next = new URLSearchParams(search).get('next');
    navigate(
      next && next.startsWith('/') && !next.startsWith('//') && session.role !== 'regional'
        ? next
        : landingPath(session),
    );
  };
  return (
    <>
      <h1>{t.signIn.title}</h1>
      {listing.state === 'loading' && <p className="state state-loading">{t.states.loading}</p>}
      {listing.state === 'idp' && <p className="state">{t.signIn.idp}</p>}
      {listing.state === 'failed' && <p className="state state-error">{`${t.signIn.failed} ${listing.reason}`}</p>}
      {failure && (
        <p className="state state-error" role="alert">
          {`${t.signIn.failed} ${failure}`}
        </p>
      )}
      {listing.state === 'users' && (
        <section className="panel" aria-labelledby="demo-users">
          <h2 id="demo-users">{t.signIn.intro}</h2>
          <ul className="demo-users">
            {listing.users.map((user) => (
              <li key={user.id}>
                <button type="button" data-user={user.id} onClick={() => void choose(user)}>
                  {user.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
