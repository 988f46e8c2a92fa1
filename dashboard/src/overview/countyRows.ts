import type { NationalOverviewQuery } from '../gql/graphql';
import { share } from '../lib/format';

export interface CountyRow {
  code: string;
  name: string;
  shortName: string;
  schools: number | null;
  schoolsReached: number | null;
  highNeedSchools: number | null;
  highNeedSchoolsReached: number | null;
  share: number | null;
  overdue: number | null;
}

/** One row per county of the overview's answer, with its share of school units reached. */
export function countyRows(data: NationalOverviewQuery | undefined): CountyRow[] {
  return (data?.nation.counties ?? []).map((county) => ({
    code: county.code,
    name: county.name,
    shortName: county.shortName,
    schools: county.coverage?.schools ?? null,
    schoolsReached: county.coverage?.schoolsReached ?? null,
    highNeedSchools: county.coverage?.highNeedSchools ?? null,
    highNeedSchoolsReached: county.coverage?.highNeedSchoolsReached ?? null,
    share: share(county.coverage?.schoolsReached, county.coverage?.schools),
    overdue: county.followUpStatus?.overdue ?? null,
  }));
}
