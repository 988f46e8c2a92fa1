import { Suspense, useEffect, useRef } from 'react';
import { useLanguage } from '../components/LanguageContext';
import { Header } from './Header';
import {
  CountyPage,
  DigestPage,
  EarlySignalsPage,
  EquityPage,
  ExplorerPage,
  FollowUpPage,
  InterventionListPage,
  InterventionPage,
  NewInterventionPage,
  OverviewPage,
  SignInPage,
} from './pages';
import { pageOf, useUrl } from './router';

/** The shell: banner, the current page in the main landmark, and focus moved to the page's heading on navigation. */
export function App() {
  const { t } = useLanguage();
  const { pathname } = useUrl();
  const page = pageOf(pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = page === 'notFound' ? t.appName : `${t.pages[page]} – ${t.appName}`;
  }, [page, t]);
  useEffect(() => {
    // A screen-reader or keyboard user is told that the page changed, as a full page load would (not on first load).
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [page]);
  return (
    <>
      <Header page={page} />
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="state state-loading">{t.states.loading}</p>}>
          {page === 'overview' && <OverviewPage />}
          {page === 'county' && <CountyPage />}
          {page === 'followUp' && <FollowUpPage />}
          {page === 'digest' && <DigestPage />}
          {page === 'equity' && <EquityPage />}
          {page === 'earlySignals' && <EarlySignalsPage />}
          {page === 'explorer' && <ExplorerPage />}
          {page === 'interventions' && <InterventionListPage />}
          {page === 'intervention' && <InterventionPage />}
          {page === 'newIntervention' && <NewInterventionPage />}
          {page === 'signIn' && <SignInPage />}
          {page === 'notFound' && <h1>{t.states.notFound}</h1>}
        </Suspense>
      </main>
    </>
  );
}
