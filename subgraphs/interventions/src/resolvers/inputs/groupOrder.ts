import { OrderInput } from '@lagesbild/subgraph-kit';
import { InputType, registerEnumType } from 'type-graphql';
import type { CoverageGroup, FollowUpGroup, InterventionCountGroup } from '../../types/reportGroups';

// The orders of grouped figures (issue #16): by any figure of the rows, so that "the 10 municipalities with the
// lowest share reached" is one request. Each field names the row's figure it sorts by.

type Numeric<T> = { [K in keyof T]: T[K] extends number | null ? K : never }[keyof T] & string;

export enum CoverageGroupOrderField {
  ORGANISERS = 'ORGANISERS',
  ORGANISERS_REACHED = 'ORGANISERS_REACHED',
  ORGANISERS_REACHED_SHARE = 'ORGANISERS_REACHED_SHARE',
  SCHOOLS = 'SCHOOLS',
  SCHOOLS_REACHED = 'SCHOOLS_REACHED',
  SCHOOLS_REACHED_SHARE = 'SCHOOLS_REACHED_SHARE',
  HIGH_NEED_SCHOOLS = 'HIGH_NEED_SCHOOLS',
  HIGH_NEED_SCHOOLS_REACHED = 'HIGH_NEED_SCHOOLS_REACHED',
  HIGH_NEED_SCHOOLS_REACHED_SHARE = 'HIGH_NEED_SCHOOLS_REACHED_SHARE',
}
registerEnumType(CoverageGroupOrderField, {
  name: 'CoverageGroupOrderField',
  description: 'The figure grouped coverage (täckning) is ordered by: the row field of the same name.',
});

export const COVERAGE_GROUP_ORDER: Record<CoverageGroupOrderField, Numeric<CoverageGroup>> = {
  ORGANISERS: 'organisers',
  ORGANISERS_REACHED: 'organisersReached',
  ORGANISERS_REACHED_SHARE: 'organisersReachedShare',
  SCHOOLS: 'schools',
  SCHOOLS_REACHED: 'schoolsReached',
  SCHOOLS_REACHED_SHARE: 'schoolsReachedShare',
  HIGH_NEED_SCHOOLS: 'highNeedSchools',
  HIGH_NEED_SCHOOLS_REACHED: 'highNeedSchoolsReached',
  HIGH_NEED_SCHOOLS_REACHED_SHARE: 'highNeedSchoolsReachedShare',
};

export enum FollowUpGroupOrderField {
  TOTAL = 'TOTAL',
  NOT_DUE = 'NOT_DUE',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
  OVERDUE_SHARE = 'OVERDUE_SHARE',
}
registerEnumType(FollowUpGroupOrderField, {
  name: 'FollowUpGroupOrderField',
  description: 'The figure grouped follow-up status (uppföljningsstatus) is ordered by: the row field of that name.',
});

export const FOLLOW_UP_GROUP_ORDER: Record<FollowUpGroupOrderField, Numeric<FollowUpGroup>> = {
  TOTAL: 'total',
  NOT_DUE: 'notDue',
  DUE_SOON: 'dueSoon',
  OVERDUE: 'overdue',
  DONE: 'done',
  OVERDUE_SHARE: 'overdueShare',
};

export enum InterventionCountGroupOrderField {
  TOTAL = 'TOTAL',
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  OVERDUE = 'OVERDUE',
  DECLINED_SHARE = 'DECLINED_SHARE',
}
registerEnumType(InterventionCountGroupOrderField, {
  name: 'InterventionCountGroupOrderField',
  description: 'The figure grouped intervention counts (insatser) are ordered by: the row field of that name.',
});

export const INTERVENTION_COUNT_GROUP_ORDER: Record<
  InterventionCountGroupOrderField,
  Numeric<InterventionCountGroup>
> = {
  TOTAL: 'total',
  OFFERED: 'offered',
  DECLINED: 'declined',
  STARTED: 'started',
  COMPLETED: 'completed',
  OVERDUE: 'overdue',
  DECLINED_SHARE: 'declinedShare',
};

const ORDER_DESCRIPTION = (figures: string) =>
  `The order of grouped ${figures}: by one figure, groups without it (a share of nothing) last either way, ties by key.`;

@InputType({ description: ORDER_DESCRIPTION('coverage (täckning)') })
export class CoverageGroupOrder extends OrderInput<CoverageGroupOrderField>(CoverageGroupOrderField) {}

@InputType({ description: ORDER_DESCRIPTION('follow-up status (uppföljningsstatus)') })
export class FollowUpGroupOrder extends OrderInput<FollowUpGroupOrderField>(FollowUpGroupOrderField) {}

@InputType({ description: ORDER_DESCRIPTION('intervention counts (insatser)') })
export class InterventionCountGroupOrder extends OrderInput<InterventionCountGroupOrderField>(
  InterventionCountGroupOrderField,
) {}
