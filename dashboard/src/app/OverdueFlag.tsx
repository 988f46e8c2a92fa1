import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import { usePageQuery } from '../components/usePageQuery';
import { MyOverdueCountDocument } from '../gql/graphql';
import { formatCount } from '../lib/format';
import { Link } from './Link';
import { PAGE_PATHS } from './router';

/**
 * The header's flag of overdue work (issue 15): the count of overdue follow-ups in the user's office (office
 * staff) or in each of their counties (regional managers), linking to that area's overdue list. It asks the same
 * list the follow-up page shows (its totalCount), so the two counts agree. Leadership, analysts and admins get no
 * flag: they record no follow-ups, and the nation's thousands would be a number nobody acts on.
 */
export function OverdueFlag() {
  const { user } = useSession();
  const office = user?.role === 'office' ? user.office : null;
  const counties = user?.role === 'regional' ? user.counties : [];
  if (office) return <AreaFlag office={office} />;
  return counties.map((county) => <AreaFlag key={county} county={county} />);
}

function AreaFlag({ office, county }: { office?: string; county?: string }) {
  const { t, language } = useLanguage();
  const query = usePageQuery(MyOverdueCountDocument, {
    inOffice: Boolean(office),
    office: office ?? '',
    inCounty: Boolean(county),
    county: county ?? '',
  });
  const area = query.data?.office ?? query.data?.county;
  const count = area?.overdueFollowUps?.totalCount;
  if (!area || count === undefined) return null;
  const name = query.data?.office?.town ?? query.data?.county?.name ?? '';
  const href = `${PAGE_PATHS.followUp}?${office ? `office=${office}` : `county=${county}`}`;
  return (
    <span className={count > 0 ? 'overdue-flag overdue-flag-due' : 'overdue-flag'} data-overdue={count}>
      <Link href={href}>{t.overdueFlag(formatCount(count, language), name)}</Link>
    </span>
  );
}
