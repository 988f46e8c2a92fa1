import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFloor, orderStatements, parseFloorStatement } from '../sqlFloor';

test('parameters come from the operation’s variables and from other databases’ answers', () => {
  const statement = parseFloorStatement(
    'offices',
    '-- what it computes\n-- bench: $2 = interventions.office_id\n-- bench: $1 = var.county\nSELECT 1',
  );
  expect(statement.parameters).toEqual([
    { kind: 'variable', name: 'county' },
    { kind: 'column', subgraph: 'interventions', column: 'office_id' },
  ]);
});

test('a variable parameter may name a field of an input object', () => {
  const statement = parseFloorStatement('interventions', '-- bench: $1 = var.period.from\nSELECT $1::date');
  expect(statement.parameters).toEqual([{ kind: 'variable', name: 'period.from' }]);
});

test('a parameter line it cannot read, or a gap in the numbering, is an error', () => {
  expect(() => parseFloorStatement('offices', '-- bench: $1 = county\nSELECT 1')).toThrow('cannot read');
  expect(() => parseFloorStatement('offices', '-- bench: $2 = var.x\nSELECT 1')).toThrow('$1 has no');
});

test('a statement runs after those it takes parameters from', () => {
  const ordered = orderStatements([
    parseFloorStatement('offices', '-- bench: $1 = schools.municipality_code\n-- bench: $2 = interventions.office_id'),
    parseFloorStatement('interventions', '-- bench: $1 = schools.id'),
    parseFloorStatement('outcomes', '-- bench: $1 = schools.id'),
    parseFloorStatement('schools', '-- bench: $1 = var.unitCode'),
  ]);
  expect(ordered.map((statement) => statement.subgraph)).toEqual(['schools', 'interventions', 'offices', 'outcomes']);
});

test('statements that wait for each other are refused', () => {
  expect(() =>
    orderStatements([
      parseFloorStatement('offices', '-- bench: $1 = schools.id'),
      parseFloorStatement('schools', '-- bench: $1 = offices.id'),
    ]),
  ).toThrow('take parameters from each other');
});

test('an operation without a folder has no floor; a file must be named after a subgraph', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'floor-'));
  try {
    expect(loadFloor('Nothing', ['offices'], dir)).toBeUndefined();
    mkdirSync(path.join(dir, 'Op'));
    writeFileSync(path.join(dir, 'Op', 'offices.sql'), 'SELECT 1');
    expect(loadFloor('Op', ['offices'], dir)?.map((statement) => statement.subgraph)).toEqual(['offices']);
    writeFileSync(path.join(dir, 'Op', 'nowhere.sql'), 'SELECT 1');
    expect(() => loadFloor('Op', ['offices'], dir)).toThrow('there is no nowhere subgraph');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
