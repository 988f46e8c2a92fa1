import 'reflect-metadata';
import { createEmptyDatabase, TEST_DEMO_SCALE } from '@lagesbild/test-utils';
import type { DataSource, QueryRunner } from 'typeorm';
import { createInterventionsDataSource } from '../data-source';
import { InterventionTables1763800000000 } from '../migrations/1763800000000-InterventionTables';
import { NaturalKeys1763900000000 } from '../migrations/1763900000000-NaturalKeys';
import { RowLevelSecurity1764200000000 } from '../migrations/1764200000000-RowLevelSecurity';
import { interventionsSeeder } from '../services/seed.service';

// The natural-key migration on a database of its own, so that it can start from the tables as they were.

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let dataSource: DataSource;
let runner: QueryRunner;

beforeAll(async () => {
  database = await createEmptyDatabase('interventions_natural_keys');
  dataSource = createInterventionsDataSource(database.url);
  await dataSource.initialize();
  runner = dataSource.createQueryRunner();
  await new InterventionTables1763800000000().up(runner);
});

afterAll(async () => {
  await runner?.release();
  await dataSource?.destroy();
  await database?.drop();
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function references(): Promise<Record<string, string>> {
  const rows: { id: string; reference: string }[] = await runner.query('SELECT id, reference FROM intervention');
  return Object.fromEntries(rows.map((row) => [row.id, row.reference]));
}

test('numbers existing interventions within office and year, by date identified and then id', async () => {
  const rows = [
    [id(2), 'UME', '2024-02-01'],
    [id(1), 'UME', '2024-02-01'],
    [id(3), 'UME', '2024-01-15'],
    [id(4), 'GBG', '2024-01-01'],
    [id(5), 'UME', '2025-01-01'],
  ];
  for (const [key, office, identifiedOn] of rows) {
    await runner.query(
      `INSERT INTO intervention (id, kind, origin, status, organiser_id, office_id, identified_on)
       VALUES ($1, 'ADVICE', 'REQUEST', 'IDENTIFIED', $1, $2, $3)`,
      [key, office, identifiedOn],
    );
  }
  await runner.query(`INSERT INTO follow_up (id, intervention_id, due_on) VALUES ($1, $1, '2024-06-01')`, [id(1)]);

  await new NaturalKeys1763900000000().up(runner);
  expect(await references()).toEqual({
    [id(3)]: 'UME-2024-0001',
    [id(1)]: 'UME-2024-0002',
    [id(2)]: 'UME-2024-0003',
    [id(4)]: 'GBG-2024-0001',
    [id(5)]: 'UME-2025-0001',
  });

  // Both natural keys are enforced by the database.
  await expect(
    runner.query(
      `INSERT INTO intervention (id, reference, kind, origin, status, organiser_id, office_id, identified_on)
       VALUES ($1, 'UME-2024-0001', 'ADVICE', 'REQUEST', 'IDENTIFIED', $1, 'UME', '2024-03-01')`,
      [id(6)],
    ),
  ).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'intervention_reference_key' } });
  await expect(
    runner.query(`INSERT INTO follow_up (id, intervention_id, due_on) VALUES ($1, $2, '2024-06-01')`, [id(7), id(1)]),
  ).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'follow_up_intervention_id_due_on_key' } });

  // And it can be undone and redone.
  await new NaturalKeys1763900000000().down(runner);
  await new NaturalKeys1763900000000().up(runner);
  expect(Object.keys(await references())).toHaveLength(5);
  await runner.query('TRUNCATE follow_up, intervention_school, intervention');
});

test('the demo seeder numbers the demo data exactly as the migration does', async () => {
  // The seeder writes the tables of today, the later migrations' included.
  await new RowLevelSecurity1764200000000().up(runner);
  await dataSource.transaction((manager) => interventionsSeeder.load(manager, TEST_DEMO_SCALE));
  const seeded = await references();
  expect(Object.keys(seeded).length).toBeGreaterThan(100);

  // Renumber with the migration itself: drop the column, and let the migration compute it again.
  await new NaturalKeys1763900000000().down(runner);
  await new NaturalKeys1763900000000().up(runner);
  expect(await references()).toEqual(seeded);
});
