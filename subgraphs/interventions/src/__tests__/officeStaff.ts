import 'reflect-metadata';
import { generateDemoData } from '@lagesbild/demo-data';
import type { LifecycleStatus } from '@lagesbild/domain';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  officeUser,
  TEST_DEMO_SCALE,
  useSiblingSubgraph,
  useSubgraphUnderTest,
  type GraphQLResponse,
  type SubgraphUnderTest,
} from '@lagesbild/test-utils';
import { officeAreaById } from '@lagesbild/reference-data';
import { swedishToday } from '@lagesbild/subgraph-kit';
import { interventionsSubgraph } from '../subgraph';
import { pathTo } from './lifecyclePath';

// What the mutation tests share: the interventions subgraph in this process, the schools subgraph it asks about
// organisers and schools as a child process (as in production, it is another service), and helpers that speak
// to them over HTTP.

/** The schools subgraph over the test run's schools database, and the interventions subgraph pointed at it. */
export function useOfficeStaffSubgraphs(): () => SubgraphUnderTest {
  useSiblingSubgraph('schools');
  return useSubgraphUnderTest((env) => startSubgraph(interventionsSubgraph, env));
}

/** The demo data the test databases hold: organisers with schools, by the same ids. */
const demo = generateDemoData({ scale: TEST_DEMO_SCALE });
const schoolsOf = (organiserId: string) => demo.schools.filter((school) => school.organiserId === organiserId);
/** Organisers with two or more schools, all in an office's area: those its staff may record support for. */
const organisersOf = (office: string) => {
  const area = new Set(officeAreaById(office)?.municipalityCodes ?? []);
  return demo.organisers
    .filter((candidate) => area.has(candidate.municipalityCode))
    .map((candidate) => ({ id: candidate.id, schoolIds: schoolsOf(candidate.id).map((school) => school.id) }))
    .filter((candidate) => candidate.schoolIds.length >= 2);
};
export const organiser = organisersOf('UME')[0];
export const otherOrganiser = organisersOf('UME')[1];
/** An organiser in another office's area, for the tests that record as that office. */
export const organiserOf = (office: string) => organisersOf(office)[0];

/** A day in the past that every lifecycle step of a test intervention happens on. */
export const DAY = '2025-03-03';
export const today = () => swedishToday();
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const INTERVENTION = `id reference status kind origin identifiedOn offeredOn acceptedOn declinedOn startedOn
  completedOn followedUpOn cancelledOn organiser { id } office { id } schools { id }
  followUps { id dueOn completedOn assessment nextStep status }`;
export const FOLLOW_UP = 'id dueOn completedOn assessment nextStep status intervention { id }';

export interface InterventionData {
  id: string;
  reference: string;
  status: LifecycleStatus;
  identifiedOn: string;
  schools: { id: string }[];
  followUps: { id: string; dueOn: string; completedOn: string | null }[];
  [field: string]: unknown;
}

/** The error a refused mutation answers with: its code and field, and no data. */
export function refusal(answer: GraphQLResponse) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error.extensions?.stacktrace).toBeUndefined();
  expect(error.message).not.toMatch(/\n\s+at /);
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

/**
 * Mutations and reads as office staff send them: each write signed as staff of the intervention's office, which
 * is remembered from the answers (interventions by id, follow-ups by id).
 */
export function officeStaff(subgraph: () => SubgraphUnderTest) {
  const officeOf = new Map<string, string>();
  const remember = <T>(answer: GraphQLResponse<T>) => {
    for (const value of Object.values((answer.data ?? {}) as object)) {
      const row = value as { id?: string; office?: { id: string }; intervention?: { id: string } } | null;
      const office = row?.office?.id ?? (row?.intervention && officeOf.get(row.intervention.id));
      if (row?.id && office) officeOf.set(row.id, office);
    }
    return answer;
  };
  const mutate = async <T>(query: string, variables: Record<string, unknown>, office = 'UME') =>
    remember(await subgraph().queryAs<T>(officeUser(office), query, variables));
  const officeFor = (id: unknown) => officeOf.get(String(id)) ?? 'UME';
  const ok = <T>(answer: GraphQLResponse<T>): T => {
    if (answer.errors) throw new Error(`Unexpected errors: ${JSON.stringify(answer.errors)}`);
    return answer.data!;
  };
  const api = {
    create: (input: Record<string, unknown>) =>
      mutate<{ createIntervention: InterventionData }>(
        `mutation ($input: NewInterventionInput!) { createIntervention(input: $input) { ${INTERVENTION} } }`,
        {
          input: {
            kind: 'ADVICE',
            origin: 'REQUEST',
            organiserId: (typeof input.officeId === 'string' && organiserOf(input.officeId)?.id) || organiser.id,
            officeId: 'UME',
            ...input,
          },
        },
        typeof input.officeId === 'string' && input.officeId !== 'XYZ' ? input.officeId : 'UME',
      ),
    update: (id: string, input: Record<string, unknown>) =>
      mutate<{ updateIntervention: InterventionData }>(
        `mutation ($id: ID!, $input: InterventionChangesInput!) { updateIntervention(id: $id, input: $input) { ${INTERVENTION} } }`,
        { id, input },
        officeFor(id),
      ),
    move: (id: string, to: LifecycleStatus, on?: string) =>
      mutate<{ moveIntervention: InterventionData }>(
        `mutation ($id: ID!, $to: InterventionStatus!, $on: LocalDate) { moveIntervention(id: $id, to: $to, on: $on) { ${INTERVENTION} } }`,
        { id, to, on },
        officeFor(id),
      ),
    recordFollowUp: (input: Record<string, unknown>) =>
      mutate<{ recordFollowUp: { id: string; completedOn: string | null; status: string } }>(
        `mutation ($input: FollowUpInput!) { recordFollowUp(input: $input) { ${FOLLOW_UP} } }`,
        { input },
        officeFor(input.interventionId),
      ),
    completeFollowUp: (variables: { id: string; completedOn?: string; assessment: string; nextStep?: string }) =>
      mutate<{ completeFollowUp: { id: string; completedOn: string; assessment: string; status: string } }>(
        `mutation ($id: ID!, $completedOn: LocalDate, $assessment: FollowUpAssessment!, $nextStep: String) {
          completeFollowUp(id: $id, completedOn: $completedOn, assessment: $assessment, nextStep: $nextStep) { ${FOLLOW_UP} } }`,
        variables,
        officeFor(variables.id),
      ),
    async get(id: string): Promise<InterventionData | null> {
      return ok(
        await subgraph().query<{ intervention: InterventionData | null }>(
          `query ($id: ID!) { intervention(id: $id) { ${INTERVENTION} } }`,
          { id },
        ),
      ).intervention;
    },
    /** A new intervention brought to `status` along the shortest path of TRANSITIONS, every step on DAY. */
    async interventionAt(status: LifecycleStatus, input: Record<string, unknown> = {}): Promise<InterventionData> {
      let current = ok(await api.create({ identifiedOn: DAY, ...input })).createIntervention;
      for (const step of pathTo(status)) {
        if (step === 'FOLLOWED_UP') {
          ok(
            await api.recordFollowUp({
              interventionId: current.id,
              dueOn: DAY,
              completedOn: DAY,
              assessment: 'SOME_EFFECT',
            }),
          );
        }
        current = ok(await api.move(current.id, step, DAY)).moveIntervention;
      }
      return current;
    },
    ok,
  };
  return api;
}
