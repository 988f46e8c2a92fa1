import { testDatabaseUrl } from '@lagesbild/test-utils';
import { Client } from 'pg';
import { followUpStatus, followUpStatusSql } from '../services/followUpStatus';

// The figures count follow-ups by status in SQL; this holds the SQL to the rule the API shows per follow-up.

test('the status in SQL is the status in TypeScript, on every edge', async () => {
  const today = '2026-11-22';
  const cases: [string, string | null][] = [
    ['2026-11-21', null],
    ['2026-11-22', null],
    ['2026-12-22', null],
    ['2026-12-23', null],
    ['2020-01-01', null],
    ['2026-01-01', '2026-01-05'],
    ['2027-06-01', '2026-11-01'],
  ];
  const client = new Client({ connectionString: testDatabaseUrl('interventions') });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string }>(
      `SELECT ${followUpStatusSql('f', '$3::date')} AS status
       FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS f(due_on, completed_on, n) ORDER BY n`,
      [cases.map(([due]) => due), cases.map(([, completed]) => completed), today],
    );
    expect(rows.map((row) => row.status)).toEqual(
      cases.map(([due, completed]) => followUpStatus(due, completed, today)),
    );
  } finally {
    await client.end();
  }
});
