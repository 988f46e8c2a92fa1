// SPSM's 16 collaboration offices (samverkanskontor). The ids are this project's own short codes, not SPSM's.

export const OFFICE_IDS = [
  'LUL',
  'UME',
  'OST',
  'HAR',
  'GAV',
  'VAS',
  'SOL',
  'STO',
  'ORE',
  'LIN',
  'JON',
  'VAX',
  'KAL',
  'HAL',
  'GBG',
  'MAL',
] as const;

export type OfficeId = (typeof OFFICE_IDS)[number];

export interface Office {
  id: OfficeId;
  /** The town the office sits in. */
  town: string;
  name: string;
}

// Roughly north to south, so that lists and charts read like a map.
export const OFFICES: readonly Office[] = [
  { id: 'LUL', town: 'Luleå', name: 'Samverkanskontor Luleå' },
  { id: 'UME', town: 'Umeå', name: 'Samverkanskontor Umeå' },
  { id: 'OST', town: 'Östersund', name: 'Samverkanskontor Östersund' },
  { id: 'HAR', town: 'Härnösand', name: 'Samverkanskontor Härnösand' },
  { id: 'GAV', town: 'Gävle', name: 'Samverkanskontor Gävle' },
  { id: 'VAS', town: 'Västerås', name: 'Samverkanskontor Västerås' },
  { id: 'SOL', town: 'Solna', name: 'Samverkanskontor Solna' },
  { id: 'STO', town: 'Stockholm', name: 'Samverkanskontor Stockholm' },
  { id: 'ORE', town: 'Örebro', name: 'Samverkanskontor Örebro' },
  { id: 'LIN', town: 'Linköping', name: 'Samverkanskontor Linköping' },
  { id: 'JON', town: 'Jönköping', name: 'Samverkanskontor Jönköping' },
  { id: 'VAX', town: 'Växjö', name: 'Samverkanskontor Växjö' },
  { id: 'KAL', town: 'Kalmar', name: 'Samverkanskontor Kalmar' },
  { id: 'HAL', town: 'Halmstad', name: 'Samverkanskontor Halmstad' },
  { id: 'GBG', town: 'Göteborg', name: 'Samverkanskontor Göteborg' },
  { id: 'MAL', town: 'Malmö', name: 'Samverkanskontor Malmö' },
];

const officesById = new Map(OFFICES.map((office) => [office.id, office]));

export function isOfficeId(id: string): id is OfficeId {
  return officesById.has(id as OfficeId);
}

export function officeById(id: string): Office | undefined {
  return officesById.get(id as OfficeId);
}
