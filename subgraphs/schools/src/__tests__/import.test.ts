import 'reflect-metadata';
import { organiserIdOf } from '@lagesbild/domain';
import { repoRoot } from '@lagesbild/platform';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { importFile as importThroughSubgraph, useSubgraphUnderTest } from '@lagesbild/test-utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schoolsSubgraph } from '../subgraph';

const subgraph = useSubgraphUnderTest((env) => startSubgraph(schoolsSubgraph, env));

const importFile = (kind: 'Organisers' | 'Schools', file: string | Buffer, skipInvalid = false) =>
  importThroughSubgraph(subgraph().url, `import${kind}`, file, skipInvalid);

async function organiserCount(): Promise<number> {
  const answer = await subgraph().query<{ organisers: { totalCount: number } }>(`{ organisers { totalCount } }`);
  return answer.data!.organisers.totalCount;
}

const example = (name: string) => readFileSync(path.join(repoRoot, 'examples/import', name));
const HEADER = 'organisation_number,name,type,municipality_code';

test('the shipped example files import, and importing them again changes nothing', async () => {
  // Other test files import the same examples into the same database, so a first import here may find them.
  const organisers = await importFile('Organisers', example('organisers.csv'));
  expect(organisers).toMatchObject({ committed: true, rowsRead: 3, updated: 0, issues: [] });
  expect(organisers.inserted + organisers.unchanged).toBe(3);
  const schools = await importFile('Schools', example('schools.csv'));
  expect(schools).toMatchObject({ committed: true, rowsRead: 4, updated: 0, issues: [] });
  expect(schools.inserted + schools.unchanged).toBe(4);

  expect(await importFile('Organisers', example('organisers.csv'))).toMatchObject({
    inserted: 0,
    updated: 0,
    unchanged: 3,
  });
  expect(await importFile('Schools', example('schools.csv'))).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });

  const renamed = example('organisers.csv').toString('utf8').replace('Norrskensgymnasiet AB', 'Norrskensskolorna AB');
  expect(await importFile('Organisers', renamed)).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
  const school = await subgraph().query<{ schoolByUnitCode: { organiser: { name: string } } }>(
    `{ schoolByUnitCode(unitCode: "31400103") { organiser { name } } }`,
  );
  expect(school.data!.schoolByUnitCode.organiser.name).toBe('Norrskensskolorna AB');
});

test('a file with one bad row writes nothing, and lists every problem with its line and column', async () => {
  const before = await organiserCount();
  const report = await importFile(
    'Organisers',
    [
      HEADER,
      '559021-4218,Goda Skolan AB,INDEPENDENT,0180',
      '559021-4219,Fel Kontrollsiffra AB,INDEPENDENT,0180', // wrong check digit
      '559021-4226,Okänd Kommun AB,INDEPENDENT,9999', // no such municipality
      '559021-4234,Fel Typ AB,PRIVAT,0180', // wrong type
      '559021-4218,Goda Skolan AB igen,INDEPENDENT,0180', // same key as line 2
      '559021-4242,,INDEPENDENT,0180', // name missing
      '559021-4259,Kommunal Med Fel Nummer,MUNICIPAL,0180', // municipal numbers begin 2120
    ].join('\n'),
  );
  expect(report.committed).toBe(false);
  expect(report.inserted).toBe(0);
  expect(await organiserCount()).toBe(before);
  const found = report.issues.map(({ line, column, code }) => ({ line, column, code }));
  expect(found).toEqual([
    { line: 3, column: 'organisation_number', code: 'INVALID_VALUE' },
    { line: 4, column: 'municipality_code', code: 'INVALID_VALUE' },
    { line: 5, column: 'type', code: 'INVALID_VALUE' },
    { line: 6, column: 'organisation_number', code: 'DUPLICATE' },
    { line: 7, column: 'name', code: 'INVALID_VALUE' },
    { line: 8, column: 'organisation_number', code: 'INVALID_VALUE' },
  ]);
  expect(report.issues[0].message).toMatch(/organisation_number is not a valid organisation number/);
  expect(report.issues[1].value).toBe('9999');
  expect(report.issues[3].message).toBe('Line 6 repeats the organisation_number of line 2.');
  expect(report.issues[4].message).toBe('name is required');
  expect(report.rejectedLines).toEqual([3, 4, 5, 6, 7, 8]);
});

test('with skipInvalid the good rows are written and the bad ones rejected', async () => {
  const report = await importFile(
    'Organisers',
    [HEADER, '559021-4267,Bra Skolor AB,enskild,0180', '559021-4275,Dålig,enskild,0000'].join('\n'),
    true,
  );
  expect(report).toMatchObject({ committed: true, rowsRead: 2, inserted: 1, rejected: 1, rejectedLines: [3] });
});

test('a school whose organiser is unknown is refused as an unknown reference', async () => {
  const report = await importFile(
    'Schools',
    [
      'unit_code,name,school_form,municipality_code,organisation_number',
      '31400999,Ingenstans skola,GRUNDSKOLA,0180,559021-4309',
    ].join('\n'),
  );
  expect(report.issues).toEqual([
    expect.objectContaining({ line: 2, column: 'organisation_number', code: 'UNKNOWN_REFERENCE' }),
  ]);
});

describe('files that cannot be read say why, and write nothing', () => {
  test.each([
    ['an empty file', '', 'EMPTY_FILE', 1, /file is empty/],
    ['a header and no rows', `${HEADER}\n`, 'EMPTY_FILE', 2, /no rows/],
    [
      'a wrong header',
      'orgnr,namn,typ\n559021-4218,X,INDEPENDENT',
      'BAD_HEADER',
      1,
      /missing organisation_number, name, type, municipality_code; unknown "orgnr"/,
    ],
    ['broken quoting', `${HEADER}\n559021-4218,"Halv citerad AB,INDEPENDENT,0180\n`, 'BROKEN_CSV', 2, /not valid CSV/],
    [
      'a row with too many fields',
      `${HEADER}\n559021-4218,A,INDEPENDENT,0180,extra`,
      'BROKEN_CSV',
      2,
      /5 fields where the header has 4/,
    ],
  ])('%s', async (_name, content, code, line, message) => {
    const report = await importFile('Organisers', content);
    expect(report.committed).toBe(false);
    expect(report.issues).toEqual([expect.objectContaining({ code, line, message: expect.stringMatching(message) })]);
  });

  test('a file in Latin-1', async () => {
    const latin1 = Buffer.from(
      `${HEADER}\n559021-4218,Skolan AB,INDEPENDENT,0180\n559021-4283,Malmö Skolor AB,INDEPENDENT,1280\n`,
      'latin1',
    );
    const report = await importFile('Organisers', latin1);
    expect(report.committed).toBe(false);
    expect(report.issues).toEqual([expect.objectContaining({ code: 'NOT_UTF8', line: 3 })]);
    expect(report.issues[0].message).toMatch(/Save it as "CSV UTF-8"/);
  });
});

test('a UTF-8 file with BOM, semicolons and CRLF line ends, as Swedish Excel saves it, imports', async () => {
  const content =
    '\uFEFF' +
    ['organisation_number;name;type;municipality_code', '559021-4291;Åkerby Skolor AB;INDEPENDENT;1280'].join('\r\n');
  const report = await importFile('Organisers', content);
  expect(report).toMatchObject({ committed: true, inserted: 1, issues: [] });
  const answer = await subgraph().query<{ organisers: { nodes: { name: string }[] } }>(
    `{ organisers(first: 500, filter: { municipalityCode: "1280", type: INDEPENDENT }) { nodes { name } } }`,
  );
  expect(answer.data!.organisers.nodes.map((organiser) => organiser.name)).toContain('Åkerby Skolor AB');
});

describe('a revised register imports: organisers and schools change as the new file says', () => {
  // Organisers and schools of this test's own, so that no other test depends on them (valid check digits).
  const municipal = '212000-0977';
  const independent = '559099-0130';
  const SCHOOLS_HEADER = 'unit_code,name,school_form,municipality_code,organisation_number';

  async function schoolOf(unitCode: string) {
    const answer = await subgraph().query<{
      schoolByUnitCode: { municipality: { code: string }; organiser: { organisationNumber: string; name: string } };
    }>(`{ schoolByUnitCode(unitCode: "${unitCode}") { municipality { code } organiser { organisationNumber name } } }`);
    expect(answer.errors).toBeUndefined();
    return answer.data!.schoolByUnitCode;
  }

  async function organiserOf(organisationNumber: string) {
    const answer = await subgraph().query<{
      organiser: { organisationNumber: string; name: string; type: string; schools: { unitCode: string }[] };
    }>(
      `{ organiser(id: "${organiserIdOf(organisationNumber)}") { organisationNumber name type schools { unitCode } } }`,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.organiser;
  }

  test('a school moving to another municipality and organiser', async () => {
    const organisers = [
      HEADER,
      `${municipal},Testby kommun,MUNICIPAL,0180`,
      `${independent},Flytt Skolor AB,INDEPENDENT,1480`,
    ];
    expect(await importFile('Organisers', organisers.join('\n'))).toMatchObject({
      committed: true,
      inserted: 2,
      issues: [],
    });
    const school = (municipality: string, organisationNumber: string) =>
      `${SCHOOLS_HEADER}\n31499901,Flyttskolan,grundskola,${municipality},${organisationNumber}\n`;
    expect(await importFile('Schools', school('0180', municipal))).toMatchObject({ committed: true, inserted: 1 });
    expect(await schoolOf('31499901')).toEqual({
      municipality: { code: '0180' },
      organiser: { organisationNumber: municipal, name: 'Testby kommun' },
    });

    expect(await importFile('Schools', school('1480', independent))).toMatchObject({
      committed: true,
      inserted: 0,
      updated: 1,
      issues: [],
    });
    expect(await schoolOf('31499901')).toEqual({
      municipality: { code: '1480' },
      organiser: { organisationNumber: independent, name: 'Flytt Skolor AB' },
    });
    expect((await organiserOf(municipal))?.schools).toEqual([]);
    expect((await organiserOf(independent))?.schools).toEqual([{ unitCode: '31499901' }]);
    expect(await importFile('Schools', school('1480', independent))).toMatchObject({ updated: 0, unchanged: 1 });
  });

  test('an organiser renamed, or its type corrected, and its schools see the change', async () => {
    const organiser = (name: string, type: string) => `${HEADER}\n${number},${name},${type},0180\n`;
    const number = '212000-1058';
    // Recorded as independent by mistake, then corrected to municipal and renamed in the next release.
    expect(await importFile('Organisers', organiser('Testby kommuns skolor', 'INDEPENDENT'))).toMatchObject({
      committed: true,
      inserted: 1,
    });
    expect(
      await importFile('Schools', `${SCHOOLS_HEADER}\n31499902,Rättaskolan,grundskola,0180,${number}\n`),
    ).toMatchObject({ committed: true, inserted: 1 });

    expect(await importFile('Organisers', organiser('Testby kommun', 'MUNICIPAL'))).toMatchObject({
      committed: true,
      inserted: 0,
      updated: 1,
      issues: [],
    });
    expect(await organiserOf(number)).toEqual({
      organisationNumber: number,
      name: 'Testby kommun',
      type: 'MUNICIPAL',
      schools: [{ unitCode: '31499902' }],
    });
    expect((await schoolOf('31499902')).organiser.name).toBe('Testby kommun');
    expect(await importFile('Organisers', organiser('Testby kommun', 'MUNICIPAL'))).toMatchObject({ unchanged: 1 });
  });
});
