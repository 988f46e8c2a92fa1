import type { Client } from 'pg';

/** An area made of whole municipalities, as the rollup tests ask figures of it (a FigureArea of the kit). */
export interface WholeMunicipalityArea {
  kind: 'nation' | 'county' | 'office' | 'municipality';
  code: string;
}

/**
 * The areas the rollup equivalence tests (issue #13) compare rollups and live over, from a figure subgraph's
 * replica of the office map: the nation, every county and office, and every 25th municipality (the largest cities
 * and small ones alike).
 */
export async function rollupTestAreas(client: Client): Promise<WholeMunicipalityArea[]> {
  const { rows } = await client.query<{ county_code: string; municipality_code: string; office_id: string }>(
    'SELECT county_code, municipality_code, office_id FROM offices.municipality_office ORDER BY municipality_code',
  );
  const distinct = (values: string[]) => [...new Set(values)];
  return [
    { kind: 'nation', code: 'SE' },
    ...distinct(rows.map((row) => row.county_code)).map((code) => ({ kind: 'county' as const, code })),
    ...distinct(rows.map((row) => row.office_id)).map((code) => ({ kind: 'office' as const, code })),
    ...rows
      .filter((_, i) => i % 25 === 0)
      .map((row) => ({ kind: 'municipality' as const, code: row.municipality_code })),
  ];
}
