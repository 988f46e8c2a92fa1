import { Link } from '../app/Link';
import type { HighNeedNotReachedQuery } from '../gql/graphql';
import type { SessionUser } from '../lib/token';
import { interventionHref } from './InterventionListPage';
import { useInterventionStrings } from './interventionStrings';

type WorkListSchool = NonNullable<NonNullable<HighNeedNotReachedQuery['county']>['highNeedNotReached']>[number];

/** Interventions still in play; a declined or cancelled one leaves the school to be planned again. */
const OPEN = new Set(['IDENTIFIED', 'OFFERED', 'ACCEPTED', 'ONGOING']);

/**
 * The work list's next step for a school (issue #15): the planned intervention when there is one, or "plan
 * outreach", which opens the form prefilled for the school's organiser and the office covering its municipality.
 * It is offered to those who may record it: that office's staff, and the regional managers of the county. Others
 * are offered no write, since it would be refused.
 */
export function PlanOutreach({
  school,
  county,
  user,
}: {
  school: WorkListSchool;
  county: string;
  user: SessionUser | null;
}) {
  const s = useInterventionStrings();
  const planned = school.interventions?.find((intervention) => OPEN.has(intervention.status));
  if (planned) return <Link href={interventionHref(planned.id)}>{s.planned(planned.reference)}</Link>;
  const office = school.municipality?.office?.id;
  if (!office || !school.organiser || !mayPlanOutreach(user, county, office)) return null;
  const query = new URLSearchParams({
    huvudman: school.organiser.id,
    skola: school.id,
    ursprung: 'OUTREACH',
    kontor: office,
  });
  return <Link href={`/insatser/ny?${query.toString()}`}>{s.planOutreach(school.name)}</Link>;
}

/** The subgraph's rule (interventionAccess.ts, outreachPlanning.ts), so that the page offers only what it accepts. */
export function mayPlanOutreach(user: SessionUser | null, county: string, office: string): boolean {
  if (user?.role === 'office') return user.office === office;
  return user?.role === 'regional' && user.counties.includes(county);
}
