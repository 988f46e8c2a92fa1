import type { QueryRunner } from 'typeorm';

// PostgreSQL row-level security, the backstop of issue #5: even a query that forgot the user's scope returns only
// rows the user may read. The runtime connects as a role that owns nothing and cannot bypass RLS (runtimeRole.ts),
// and each request sets its scope with SET LOCAL (requestTransaction.ts); these helpers write the policies.
//
// Each protected table gets two policies. `owner_all` lets the owning role (migrations, demo seeding, the refresh
// functions) see every row; `in_scope` is what everyone else sees. Without a scope set, `in_scope` shows nothing:
// a request that somehow skipped SET LOCAL reads an empty database rather than the whole country.

/** The scope functions the policies call; created in each database by its first RLS migration. */
export const SCOPE_FUNCTIONS_SQL = [
  `CREATE OR REPLACE FUNCTION lagesbild_scope_all() RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT coalesce(current_setting('lagesbild.scope_all', true), '') = 'on' $$`,
  `CREATE OR REPLACE FUNCTION lagesbild_may_read(municipality_code text) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT lagesbild_scope_all()
         OR municipality_code = ANY (string_to_array(nullif(current_setting('lagesbild.municipalities', true), ''), ',')) $$`,
  `CREATE OR REPLACE FUNCTION lagesbild_office() RETURNS text LANGUAGE sql STABLE AS $$
     SELECT nullif(current_setting('lagesbild.office', true), '') $$`,
];

export async function createScopeFunctions(queryRunner: QueryRunner): Promise<void> {
  for (const sql of SCOPE_FUNCTIONS_SQL) await queryRunner.query(sql);
}

/** Turns RLS on for a table, forced for its owner too, with the owner's and everyone else's policies. */
export async function protectTable(
  queryRunner: QueryRunner,
  table: string,
  inScope: { using: string; check?: string },
): Promise<void> {
  await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`CREATE POLICY owner_all ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
  await queryRunner.query(
    `CREATE POLICY in_scope ON ${table} USING (${inScope.using}) WITH CHECK (${inScope.check ?? inScope.using})`,
  );
}

/**
 * A table that only the owner's functions write (a rollup kept by triggers), read by everyone else under `using`:
 * the runtime has no policy to write it with, so a request cannot change it by mistake.
 */
export async function protectDerivedTable(queryRunner: QueryRunner, table: string, using: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`CREATE POLICY owner_all ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
  await queryRunner.query(`CREATE POLICY in_scope ON ${table} FOR SELECT USING (${using})`);
}

/** Reference data that says nothing of any school or pupil: readable by all, written only by its owner. */
export async function protectReferenceTable(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`CREATE POLICY owner_all ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
  await queryRunner.query(`CREATE POLICY public_reference ON ${table} FOR SELECT USING (true)`);
}

export async function unprotectTable(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const policy of ['owner_all', 'in_scope', 'public_reference']) {
    await queryRunner.query(`DROP POLICY IF EXISTS ${policy} ON ${table}`);
  }
  await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
}

/**
 * A materialized view cannot have policies, so the runtime never reads one: it reads a view over it that applies
 * the same predicate (views run with their owner's rights, so the runtime needs no right on the materialized
 * view), and refreshes it through a function that runs with the owner's rights.
 */
export async function protectMaterializedView(
  queryRunner: QueryRunner,
  view: string,
  visible: { name: string; where: string; concurrently: boolean },
): Promise<void> {
  await queryRunner.query(
    `CREATE VIEW ${visible.name} WITH (security_barrier) AS SELECT * FROM ${view} WHERE ${visible.where}`,
  );
  await queryRunner.query(
    `CREATE OR REPLACE FUNCTION refresh_${view}() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
       REFRESH MATERIALIZED VIEW ${visible.concurrently ? 'CONCURRENTLY ' : ''}${view} $$`,
  );
}
