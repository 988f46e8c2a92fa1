import { COUNTIES, MUNICIPALITIES, OFFICES, officeAreaById } from '@lagesbild/reference-data';
import { schemaDir } from '@lagesbild/platform';
import {
  ADMIN,
  ANALYST,
  LEADERSHIP,
  officeUser,
  regionalUser,
  useTestPlatform,
  type TestUser,
} from '@lagesbild/test-utils';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { areaCodes, type AreaCodes } from './areaCodes';

// Issue #5's policy suite, the named operations part: every role, every county's manager and every office's staff
// run every named query, with the county or office variables set to their own and to others', and no answer may
// hold a county or municipality outside the user's scope. accessPolicy.test.ts adds the forged and ad-hoc cases.

const platform = useTestPlatform();
const folder = path.join(schemaDir, 'operations');
const queries = readdirSync(folder)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => readFileSync(path.join(folder, file), 'utf8'))
  .filter((document) => /^\s*query\s/m.test(document))
  .map((document) => ({ name: /query\s+(\w+)/.exec(document)![1], document }));

type Scope = AreaCodes;

const ALL_COUNTIES = COUNTIES.map((county) => county.code);
const scopeOfCounties = (counties: string[]): Scope => ({
  counties: new Set(counties),
  municipalities: new Set(MUNICIPALITIES.filter((m) => counties.includes(m.countyCode)).map((m) => m.code)),
});

const users: { label: string; user: TestUser; scope: Scope | null; ownCounties: string[]; ownOffice?: string }[] = [
  { label: 'leadership', user: LEADERSHIP, scope: null, ownCounties: ALL_COUNTIES },
  { label: 'analyst', user: ANALYST, scope: null, ownCounties: ALL_COUNTIES },
  { label: 'admin', user: ADMIN, scope: null, ownCounties: ALL_COUNTIES },
  ...COUNTIES.map((county) => ({
    label: `regional ${county.code}`,
    user: regionalUser(county.code),
    scope: scopeOfCounties([county.code]),
    ownCounties: [county.code],
  })),
  {
    label: 'regional 10+12',
    user: regionalUser('10', '12'),
    scope: scopeOfCounties(['10', '12']),
    ownCounties: ['10', '12'],
  },
  ...OFFICES.map((office) => {
    const area = officeAreaById(office.id)!;
    return {
      label: `office ${office.id}`,
      user: officeUser(office.id),
      scope: { counties: new Set(area.countyCodes), municipalities: new Set(area.municipalityCodes) },
      ownCounties: [...area.countyCodes],
      ownOffice: office.id,
    };
  }),
];

/** The variable sets to run an operation with: its defaults, and the user's own and others' county or office. */
function variableSets(document: string, own: { counties: string[]; office?: string }): Record<string, unknown>[] {
  const sets: Record<string, unknown>[] = [{}];
  if (/\$county\b/.test(document)) {
    for (const county of new Set([...own.counties.slice(0, 2), '01', '17', '25'])) sets.push({ county });
  }
  if (/\$office\b/.test(document)) {
    for (const office of new Set([own.office ?? 'UME', 'UME', 'MAL'])) sets.push({ office });
  }
  return sets;
}

test('there are named queries and users of every role to run them', () => {
  expect(queries.length).toBeGreaterThanOrEqual(10);
  expect(new Set(users.map((entry) => entry.user.role))).toEqual(
    new Set(['leadership', 'analyst', 'admin', 'regional', 'office']),
  );
});

test.each(users.map((entry) => [entry.label, entry] as const))(
  'every named query run as %s holds nothing outside the user’s scope',
  async (_label, { user, scope, ownCounties, ownOffice }) => {
    const leaks: string[] = [];
    const refusals = new Set<string>();
    for (const { name, document } of queries) {
      for (const variables of variableSets(document, { counties: ownCounties, office: ownOffice })) {
        const answer = await platform().queryAs(user, document, variables);
        for (const error of answer.errors ?? []) refusals.add(String(error.extensions?.code));
        if (!scope) continue;
        const found = areaCodes(answer.data);
        for (const county of found.counties)
          if (!scope.counties.has(county)) leaks.push(`${name} ${JSON.stringify(variables)}: county ${county}`);
        for (const municipality of found.municipalities)
          if (!scope.municipalities.has(municipality))
            leaks.push(`${name} ${JSON.stringify(variables)}: municipality ${municipality}`);
      }
    }
    expect(leaks).toEqual([]);
    // Refusals are access refusals, never a crash or a limit.
    expect([...refusals].filter((code) => code !== 'FORBIDDEN')).toEqual([]);
    if (!scope) expect(refusals.size).toBe(0);
  },
  300_000,
);
