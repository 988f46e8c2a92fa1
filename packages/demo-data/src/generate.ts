// The one entry point: the whole synthetic data set from a seed and a scale.

import { generateFollowUps } from './followUps';
import { generateInterventions } from './interventions';
import { assignOrganisers, STATE_ORGANISER_NAME } from './organisers';
import { generateOutcomes } from './outcomes';
import { Random } from './random';
import { planSchoolSlots } from './schoolPlan';
import { buildSchoolProfiles } from './schoolProfiles';
import { buildSchools } from './schools';
import { buildSchoolYears } from './schoolYears';
import { supportEffects } from './supportEffects';
import type { DemoDataOptions, DemoDataSet } from './types';

export const DEFAULT_DEMO_SEED = 20261122;
export const DEFAULT_DEMO_SCALE = 1;

/**
 * Deterministic: the same seed and scale always give the same data set, on any machine and at any time (no
 * Math.random, no clock). Scale 1 is sized like Sweden; fractions are allowed for fast tests.
 */
export function generateDemoData(options: DemoDataOptions = {}): DemoDataSet {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? DEFAULT_DEMO_SCALE;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be a positive number, got ${scale}`);
  const stream = (name: string) => Random.stream(seed, name);

  const slots = planSchoolSlots(stream('school-plan'), scale);
  const assignment = assignOrganisers(slots, stream('organisers'), scale);
  const { organisers } = assignment;
  const schools = buildSchools(slots, assignment, stream('schools'));
  const profiles = buildSchoolProfiles(schools, organisers, stream('profiles'));
  const schoolYears = buildSchoolYears(schools, profiles, stream('school-years'));

  // SPSM does not send outreach support to itself.
  const stateOrganiserIds = new Set(organisers.filter((o) => o.name === STATE_ORGANISER_NAME).map((o) => o.id));
  const generated = generateInterventions(
    organisers,
    schools,
    profiles,
    stateOrganiserIds,
    stream('interventions'),
    scale,
  );
  const followUps = generateFollowUps(generated, stream('follow-ups'));
  const support = supportEffects(schools, generated);
  const outcomeValues = generateOutcomes({ schools, profiles, schoolYears, support }, stream('outcomes'));

  return {
    organisers,
    schools,
    schoolYears,
    interventions: generated.map(({ intervention }) => intervention),
    followUps,
    outcomeValues,
  };
}
