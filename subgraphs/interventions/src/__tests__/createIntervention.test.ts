import {
  DAY,
  addDays,
  officeStaff,
  organiser,
  organiserOf,
  otherOrganiser,
  refusal,
  today,
  useOfficeStaffSubgraphs,
} from './officeStaff';

const subgraph = useOfficeStaffSubgraphs();
const staff = officeStaff(subgraph);

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** How many interventions the organiser has: a refused create must not change it. */
async function interventionCount(): Promise<number> {
  const answer = await subgraph().query<{ interventions: { totalCount: number } }>(
    `query ($id: ID!) { interventions(filter: { organiserId: $id }) { totalCount } }`,
    { id: organiser.id },
  );
  return staff.ok(answer).interventions.totalCount;
}

test('creates an IDENTIFIED intervention with its schools, today by default, and the next case reference', async () => {
  const first = staff.ok(
    await staff.create({ schoolIds: organiserOf('MAL').schoolIds.slice(0, 2), officeId: 'MAL' }),
  ).createIntervention;
  expect(first).toMatchObject({ status: 'IDENTIFIED', identifiedOn: today(), office: { id: 'MAL' } });
  expect(first.schools.map((school) => school.id).sort()).toEqual(organiserOf('MAL').schoolIds.slice(0, 2).sort());
  expect(first.reference).toMatch(new RegExp(`^MAL-${today().slice(0, 4)}-\\d{4}$`));

  const second = staff.ok(await staff.create({ officeId: 'MAL' })).createIntervention;
  expect(second.schools).toEqual([]);
  expect(Number(second.reference.slice(-4))).toBe(Number(first.reference.slice(-4)) + 1);
});

test('concurrent creates for one office and year get different case references', async () => {
  const answers = await Promise.all(Array.from({ length: 6 }, () => staff.create({ identifiedOn: DAY })));
  const references = answers.map((answer) => staff.ok(answer).createIntervention.reference);
  expect(new Set(references).size).toBe(6);
});

test('finds an intervention by its case reference, as a query and as a filter', async () => {
  const created = staff.ok(await staff.create({ reference: ' ume-2025-7001 ', identifiedOn: DAY })).createIntervention;
  expect(created.reference).toBe('UME-2025-7001');
  const answer = await subgraph().query<{
    interventionByReference: { id: string } | null;
    interventions: { nodes: { id: string }[] };
  }>(`{ interventionByReference(reference: "UME-2025-7001") { id }
        interventions(filter: { reference: "ume-2025-7001" }) { nodes { id } } }`);
  expect(staff.ok(answer).interventionByReference).toEqual({ id: created.id });
  expect(staff.ok(answer).interventions.nodes).toEqual([{ id: created.id }]);
});

describe('refused, with nothing written', () => {
  let before: number;
  beforeEach(async () => {
    before = await interventionCount();
  });
  afterEach(async () => {
    expect(await interventionCount()).toBe(before);
  });

  test('an unknown organiser', async () => {
    const answer = refusal(await staff.create({ organiserId: UNKNOWN_ID }));
    expect(answer).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'organiserId' });
    expect(answer.message).toContain(UNKNOWN_ID);
  });

  test('a school of another organiser', async () => {
    const answer = refusal(await staff.create({ schoolIds: [organiser.schoolIds[0], otherOrganiser.schoolIds[0]] }));
    expect(answer).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'schoolIds' });
    expect(answer.message).toContain(otherOrganiser.schoolIds[0]);
    expect(answer.message).toMatch(/another organiser/);
  });

  test('a school that does not exist', async () => {
    const answer = refusal(await staff.create({ schoolIds: [UNKNOWN_ID] }));
    expect(answer).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'schoolIds' });
    expect(answer.message).toMatch(/no school unit/);
  });

  test('an unknown office', async () => {
    const answer = refusal(await staff.create({ officeId: 'XYZ' }));
    expect(answer).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'officeId' });
    expect(answer.message).toContain('XYZ');
  });

  test('a date identified in the future', async () => {
    const answer = refusal(await staff.create({ identifiedOn: addDays(today(), 1) }));
    expect(answer).toMatchObject({ code: 'LIFECYCLE_VIOLATION', field: 'identifiedOn' });
    expect(answer.message).toMatch(/in the future/);
  });

  test('a case reference already taken', async () => {
    const taken = staff.ok(await staff.create({ identifiedOn: DAY })).createIntervention.reference;
    before += 1;
    const answer = refusal(await staff.create({ identifiedOn: DAY, reference: taken }));
    expect(answer).toMatchObject({ code: 'DUPLICATE', field: 'reference' });
    expect(answer.message).toContain(taken);
  });

  test('a case reference of another office or year, or not in the form', async () => {
    for (const reference of ['GBG-2025-0001', 'UME-2024-0001', 'UME/2025/1', 'UME-2025-0000']) {
      const answer = refusal(await staff.create({ identifiedOn: DAY, reference }));
      expect(answer).toMatchObject({ code: 'INVALID_VALUE', field: 'reference' });
    }
  });

  test('an organiser id that is no id, and several problems at once', async () => {
    const answer = await staff.create({ organiserId: 'Uppsala kommun', officeId: 'XYZ' });
    expect(refusal(answer)).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'officeId' });
    const issues = answer.errors![0].extensions!.issues as { code: string; field: string }[];
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['UNKNOWN_REFERENCE', 'officeId'],
      ['INVALID_VALUE', 'organiserId'],
    ]);
  });

  test('when the schools service cannot be asked', async () => {
    const url = process.env.SCHOOLS_SUBGRAPH_URL;
    process.env.SCHOOLS_SUBGRAPH_URL = 'http://127.0.0.1:9/graphql';
    try {
      const answer = refusal(await staff.create({}));
      expect(answer.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(answer.message).toMatch(/schools service/);
    } finally {
      process.env.SCHOOLS_SUBGRAPH_URL = url;
    }
  });
});

describe('updateIntervention', () => {
  test('changes kind, origin and the targeted schools; null leaves a field as it is', async () => {
    const created = staff.ok(await staff.create({ schoolIds: [organiser.schoolIds[0]] })).createIntervention;
    const changed = staff.ok(
      await staff.update(created.id, { kind: 'TRAINING', origin: null, schoolIds: organiser.schoolIds.slice(1, 3) }),
    ).updateIntervention;
    expect(changed).toMatchObject({ kind: 'TRAINING', origin: created.origin, reference: created.reference });
    expect(changed.schools.map((school) => school.id).sort()).toEqual(organiser.schoolIds.slice(1, 3).sort());
    expect(await staff.get(created.id)).toEqual(changed);
    const whole = staff.ok(await staff.update(created.id, { schoolIds: [] })).updateIntervention;
    expect(whole.schools).toEqual([]);
  });

  test('refuses a school of another organiser, and changes nothing', async () => {
    const created = staff.ok(await staff.create({ schoolIds: [organiser.schoolIds[0]] })).createIntervention;
    const answer = await staff.update(created.id, {
      kind: 'TRAINING',
      schoolIds: otherOrganiser.schoolIds.slice(0, 1),
    });
    expect(refusal(answer)).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'schoolIds' });
    expect(await staff.get(created.id)).toEqual(created);
  });

  test('an unknown id is NOT_FOUND, naming the id', async () => {
    for (const id of [UNKNOWN_ID, '42']) {
      const answer = refusal(await staff.update(id, { kind: 'TRAINING' }));
      expect(answer.code).toBe('NOT_FOUND');
      expect(answer.message).toContain(id);
    }
  });
});
