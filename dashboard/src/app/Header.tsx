import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { mayReadNation } from '../lib/token';
import { Link } from './Link';
import { OverdueFlag } from './OverdueFlag';
import { PAGE_PATHS, type PageName } from './router';

/** The banner: the name, the main menu (only the pages the role may use), the language and the session. */
export function Header({ page }: { page: PageName }) {
  const { t, setLanguage } = useLanguage();
  const { user, signOut } = useSession();
  const national = mayReadNation(user);
  const links: {
    name: Exclude<PageName, 'notFound' | 'signIn' | 'intervention' | 'newIntervention'>;
    shown: boolean;
  }[] = [
    { name: 'overview', shown: national },
    { name: 'county', shown: user?.role !== 'office' },
    { name: 'followUp', shown: true },
    { name: 'digest', shown: user?.role === 'office' || user?.role === 'regional' },
    { name: 'interventions', shown: user !== null },
    { name: 'equity', shown: user?.role !== 'office' },
    { name: 'earlySignals', shown: user !== null },
    { name: 'explorer', shown: national },
  ];
  const countyQuery = user?.role === 'regional' ? `?county=${user.counties[0]}` : '';
  const officeQuery = user?.role === 'office' ? `?office=${user.office}` : countyQuery;
  const hrefOf = (name: string) =>
    PAGE_PATHS[name as keyof typeof PAGE_PATHS] +
    (name === 'followUp' || name === 'digest' || name === 'earlySignals'
      ? officeQuery
      : name === 'county' || name === 'equity'
        ? countyQuery
        : '');
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <p className="app-name">{t.appName}</p>
      <nav aria-label={t.mainNav}>
        <ul>
          {links
            .filter((link) => link.shown)
            .map((link) => (
              <li key={link.name}>
                <Link href={hrefOf(link.name)} current={page === link.name}>
                  {t.pages[link.name]}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className="header-tools">
        <button type="button" lang={t.language.switchToLang} onClick={() => setLanguage(t.language.switchToLang)}>
          {t.language.switchTo}
        </button>
        {user ? (
          <>
            <OverdueFlag />
            <span className="signed-in">
              {t.session.signedInAs} {user.name ?? user.role}
            </span>
            <button type="button" onClick={signOut}>
              {t.session.signOut}
            </button>
          </>
        ) : (
          page !== 'signIn' && <Link href={PAGE_PATHS.signIn}>{t.session.signIn}</Link>
        )}
      </div>
    </header>
  );
}
