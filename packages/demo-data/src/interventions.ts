// Support from the collaboration offices, 2020 to DEMO_TODAY: who gets it, what kind, how it came about, and how
// far it has come.

import { officeIdForMunicipality } from '@lagesbild/reference-data';
import { DEMO_TODAY_DAY, fromDayNumber, toDayNumber } from './dates';
import { uuidFromKey } from '@lagesbild/domain';
import { type Timeline, playTimeline } from './interventionTimeline';
import { type Random, WeightedPicker } from './random';
import type { SchoolProfile } from './schoolProfiles';
import type { DemoIntervention, DemoOrganiser, DemoSchool, InterventionKind, InterventionOrigin } from './types';

export interface GeneratedIntervention {
  intervention: DemoIntervention;
  timeline: Timeline;
}

// New interventions per year at scale 1; the service grows. 2026 is cut at DEMO_TODAY.
const YEARLY_VOLUME: Readonly<Record<number, number>> = {
  2020: 380,
  2021: 420,
  2022: 470,
  2023: 520,
  2024: 560,
  2025: 600,
  2026: 640,
};

const KINDS_BY_ORIGIN: Readonly<Record<InterventionOrigin, Partial<Record<InterventionKind, number>>>> = {
  OUTREACH: {
    QUALITY_DIALOGUE: 0.35,
    ADVICE: 0.15,
    ACCESSIBLE_LEARNING_ENVIRONMENT: 0.15,
    SCHOOL_ATTENDANCE: 0.15,
    STUDENT_HEALTH: 0.1,
    TRAINING: 0.1,
  },
  REQUEST: {
    ADVICE: 0.35,
    TRAINING: 0.3,
    ACCESSIBLE_LEARNING_ENVIRONMENT: 0.15,
    STUDENT_HEALTH: 0.1,
    SCHOOL_ATTENDANCE: 0.1,
  },
  PROGRAMME_REFERRAL: { LOW_RESULTS_PROGRAMME: 0.55, STATE_GRANT: 0.45 },
};

// Kinds that usually work with the organiser as a whole rather than with named schools.
const ORGANISER_LEVEL_KINDS: ReadonlySet<InterventionKind> = new Set(['QUALITY_DIALOGUE', 'STATE_GRANT', 'TRAINING']);

/** Outreach grows from a fifth of new interventions in 2020 by six points a year. */
function originWeights(year: number): Record<InterventionOrigin, number> {
  const outreach = Math.min(0.7, 0.2 + 0.06 * (year - 2020));
  return { OUTREACH: outreach, PROGRAMME_REFERRAL: 0.12, REQUEST: 1 - outreach - 0.12 };
}

/**
 * How much a school needs support: tougher intake (higher index) and weaker results than the intake predicts.
 * The constant keeps some support going to schools that are doing fine, as it does in reality.
 */
export function schoolNeed(profile: SchoolProfile): number {
  return 0.4 + Math.exp((0.9 * (profile.seiBase - 100)) / 15 - 0.6 * profile.quality);
}

export function generateInterventions(
  organisers: readonly DemoOrganiser[],
  schools: readonly DemoSchool[],
  profiles: readonly SchoolProfile[],
  excludedOrganiserIds: ReadonlySet<string>,
  random: Random,
  scale: number,
): GeneratedIntervention[] {
  const schoolsByOrganiser = new Map<string, number[]>();
  schools.forEach((school, index) => {
    const list = schoolsByOrganiser.get(school.organiserId);
    if (list) list.push(index);
    else schoolsByOrganiser.set(school.organiserId, [index]);
  });
  const needs = profiles.map(schoolNeed);

  // Outreach and referrals go where the need is; requests come from organisers more in proportion to their size.
  const eligible = organisers.filter((o) => !excludedOrganiserIds.has(o.id) && schoolsByOrganiser.has(o.id));
  const weightOf = (organiser: DemoOrganiser, needShare: number) => {
    const indices = schoolsByOrganiser.get(organiser.id) ?? [];
    const total = indices.reduce((sum, i) => sum + (1 - needShare) + needShare * needs[i], 0);
    return Math.pow(total, 0.75);
  };
  const needPicker = new WeightedPicker(eligible.map((o): [DemoOrganiser, number] => [o, weightOf(o, 1)]));
  const requestPicker = new WeightedPicker(eligible.map((o): [DemoOrganiser, number] => [o, weightOf(o, 0.3)]));

  const generated: GeneratedIntervention[] = [];
  const usedKeys = new Map<string, number>();
  for (const [yearText, volume] of Object.entries(YEARLY_VOLUME)) {
    const year = Number(yearText);
    const firstDay = toDayNumber(`${year}-01-01`);
    const lastDay = Math.min(DEMO_TODAY_DAY, toDayNumber(`${year}-12-31`));
    if (lastDay < firstDay) continue;
    const count = random.round((volume * scale * (lastDay - firstDay + 1)) / 365);
    for (let n = 0; n < count; n++) {
      const origin = random.weighted(originWeights(year));
      const kind = random.weighted(KINDS_BY_ORIGIN[origin] as Record<InterventionKind, number>);
      const organiser = (origin === 'REQUEST' ? requestPicker : needPicker).pick(random);
      const identifiedDay = random.int(firstDay, lastDay);
      const schoolIds = pickSchools(random, kind, schoolsByOrganiser.get(organiser.id) ?? [], needs).map(
        (index) => schools[index].id,
      );
      const timeline = playTimeline(random, kind, origin, identifiedDay);
      const identifiedOn = fromDayNumber(identifiedDay);
      const key = `intervention:${organiser.id}:${identifiedOn}:${kind}`;
      const duplicate = usedKeys.get(key) ?? 0;
      usedKeys.set(key, duplicate + 1);
      const officeId = officeIdForMunicipality(organiser.municipalityCode);
      if (!officeId) throw new Error(`No office covers municipality ${organiser.municipalityCode}`);
      generated.push({
        intervention: {
          id: uuidFromKey(duplicate === 0 ? key : `${key}:${duplicate}`),
          kind,
          origin,
          organiserId: organiser.id,
          schoolIds,
          officeId,
          status: timeline.status,
          ...timeline.dates,
          identifiedOn,
        },
        timeline,
      });
    }
  }
  // Chronological, so that the data read naturally and the seeders insert in a stable order.
  return generated.sort((a, b) => compareText(a.intervention.identifiedOn, b.intervention.identifiedOn));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Some of the organiser's schools, the needier ones more likely; empty means the organiser as a whole. */
function pickSchools(random: Random, kind: InterventionKind, candidates: number[], needs: number[]): number[] {
  if (candidates.length === 0) return [];
  let wanted: number;
  if (kind === 'LOW_RESULTS_PROGRAMME') wanted = random.int(1, 4);
  else if (ORGANISER_LEVEL_KINDS.has(kind)) wanted = random.chance(0.65) ? 0 : random.int(1, 2);
  else wanted = random.chance(0.15) ? 0 : random.int(1, 3);
  const pool = [...candidates];
  const picked: number[] = [];
  while (picked.length < wanted && pool.length > 0) {
    const total = pool.reduce((sum, index) => sum + needs[index], 0);
    let target = random.float() * total;
    let position = 0;
    while (position < pool.length - 1 && target >= needs[pool[position]]) {
      target -= needs[pool[position]];
      position++;
    }
    picked.push(pool[position]);
    pool.splice(position, 1);
  }
  return picked;
}
