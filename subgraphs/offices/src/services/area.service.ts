import { rowByKeyLoader, rowsByForeignKeyLoader } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { County } from '../entities/county.entity';
import { Municipality } from '../entities/municipality.entity';
import { Office } from '../entities/office.entity';

/** Per-request loaders over the office map: every lookup is one statement per request tick, whatever the rows. */
export function createAreaLoaders(dataSource: DataSource) {
  const counties = dataSource.getRepository(County);
  const offices = dataSource.getRepository(Office);
  const municipalities = dataSource.getRepository(Municipality);

  const countyByCode = rowByKeyLoader<County, string>(counties, 'code');
  const officeById = rowByKeyLoader<Office, string>(offices, 'id');

  // Offices cover municipalities, so which offices serve a county (and which counties an office serves) is
  // derived from the municipality table: Stockholm county is split between two offices.
  const officeIdsByCounty = new DataLoader<string, string[]>(async (codes) => {
    const rows: { county_code: string; office_id: string }[] = await dataSource.query(
      'SELECT DISTINCT county_code, office_id FROM municipality WHERE county_code = ANY($1) ORDER BY office_id',
      [[...codes]],
    );
    return codes.map((code) => rows.filter((row) => row.county_code === code).map((row) => row.office_id));
  });
  const countyCodesByOffice = new DataLoader<string, string[]>(async (ids) => {
    const rows: { county_code: string; office_id: string }[] = await dataSource.query(
      'SELECT DISTINCT county_code, office_id FROM municipality WHERE office_id = ANY($1) ORDER BY county_code',
      [[...ids]],
    );
    return ids.map((id) => rows.filter((row) => row.office_id === id).map((row) => row.county_code));
  });

  return {
    countyByCode,
    officeById,
    municipalityByCode: rowByKeyLoader<Municipality, string>(municipalities, 'code'),
    municipalitiesByCounty: rowsByForeignKeyLoader<Municipality, string>(municipalities, 'countyCode', 'code'),
    municipalitiesByOffice: rowsByForeignKeyLoader<Municipality, string>(municipalities, 'officeId', 'code'),
    officesByCounty: {
      load: async (code: string) => loadAll(officeById, await officeIdsByCounty.load(code)),
    },
    countiesByOffice: {
      load: async (id: string) => loadAll(countyByCode, await countyCodesByOffice.load(id)),
    },
  };
}

async function loadAll<T>(loader: DataLoader<string, T | null>, keys: string[]): Promise<T[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}

export type AreaLoaders = ReturnType<typeof createAreaLoaders>;
