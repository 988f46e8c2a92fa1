import { Link } from '../app/Link';
import type { HighNeedNotReachedQuery } from '../gql/graphql';
import type { SessionUser } from '../lib/token';
import { interventionHref } from './InterventionListPage';
import { useInterventionStrings } from './interventionStrings';

type WorkListSchool = NonNullable<NonNullable<HighNeedNotReachedQuery['county']>['highNeedNotReached']>[number];

/** Interventions still in play; a declined or cancelled one leaves the school to be planned again. */
const OPEN = new Set(['IDENTIFIED', 'OFFERED', 'ACCEPTED', 'ONGOING']);

/**
 * The work list's next step for a school (issue #15): the planned intervention when there is one, or, for staff of
 * the office that covers its municipality (who may record it), "plan outreach", which opens the form prefilled
 * for the school's organiser. Others are offered no write, since it would be refused.
 */
export function PlanOutreach({ school, user }: { school: WorkListSchool; user: SessionUser | null }) {
  const s = useInterventionStrings();
  const planned = school.interventions?.find((intervention) => OPEN.has(intervention.status));
  if (planned) return <Link href={interventionHref(planned.id)}>{s.planned(planned.reference)}</Link>;
  const office = school.municipality?.office?.id;
  if (user?.role !== 'office' || !office || user.office !== office || !school.organiser) return null;
  const query = new URLSearchParams({ huvudman: school.organiser.id, skola: school.id, ursprung: 'OUTREACH' });
  return <Link href={`/insatser/ny?${query.toString()}`}>{s.planOutreach(school.name)}</Link>;
}
