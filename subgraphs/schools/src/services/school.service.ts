import { rowByKeyLoader, rowsByForeignKeyLoader } from '@lagesbild/subgraph-kit';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Organiser } from '../entities/organiser.entity';
import { School } from '../entities/school.entity';
import { SchoolYear } from '../entities/schoolYear.entity';
import type { OrganiserFilter } from '../resolvers/inputs/organiserFilter';
import type { SchoolFilter } from '../resolvers/inputs/schoolFilter';
import { whereNameOrNumber } from './nameSearch';
import { createScopeLoader } from './scope.service';

/** Per-request loaders: each is one statement per request tick, however many schools a query touches. */
export function createSchoolLoaders(dataSource: DataSource) {
  const schools = dataSource.getRepository(School);
  const organisers = dataSource.getRepository(Organiser);
  return {
    schoolById: rowByKeyLoader<School, string>(schools, 'id'),
    organiserById: rowByKeyLoader<Organiser, string>(organisers, 'id'),
    schoolsByMunicipality: rowsByForeignKeyLoader<School, string>(schools, 'municipalityCode', 'unitCode'),
    schoolsByCounty: rowsByForeignKeyLoader<School, string>(schools, 'countyCode', 'unitCode'),
    schoolsByOrganiser: rowsByForeignKeyLoader<School, string>(schools, 'organiserId', 'unitCode'),
    yearsBySchool: rowsByForeignKeyLoader<SchoolYear, string>(dataSource.getRepository(SchoolYear), 'schoolId', 'year'),
    scope: createScopeLoader(dataSource),
  };
}

export type SchoolLoaders = ReturnType<typeof createSchoolLoaders>;

export function schoolQuery(dataSource: DataSource, filter: SchoolFilter | null): SelectQueryBuilder<School> {
  const query = dataSource.getRepository(School).createQueryBuilder('school');
  if (filter?.countyCode) query.andWhere('school.countyCode = :countyCode', { countyCode: filter.countyCode });
  if (filter?.municipalityCode) {
    query.andWhere('school.municipalityCode = :municipalityCode', { municipalityCode: filter.municipalityCode });
  }
  if (filter?.schoolForm) query.andWhere('school.schoolForm = :schoolForm', { schoolForm: filter.schoolForm });
  if (filter?.organiserId) query.andWhere('school.organiserId = :organiserId', { organiserId: filter.organiserId });
  if (filter?.organiserType) {
    query.andWhere('school.organiserId IN (SELECT id FROM organiser WHERE type = :organiserType)', {
      organiserType: filter.organiserType,
    });
  }
  return whereNameOrNumber(query, filter?.search, 'school.unit_code');
}

export function organiserQuery(dataSource: DataSource, filter: OrganiserFilter | null): SelectQueryBuilder<Organiser> {
  const query = dataSource.getRepository(Organiser).createQueryBuilder('organiser');
  if (filter?.type) query.andWhere('organiser.type = :type', { type: filter.type });
  if (filter?.municipalityCode) {
    query.andWhere('organiser.municipalityCode = :municipalityCode', { municipalityCode: filter.municipalityCode });
  }
  if (filter?.countyCode) {
    query.andWhere('left(organiser.municipality_code, 2) = :countyCode', { countyCode: filter.countyCode });
  }
  return whereNameOrNumber(query, filter?.search, 'organiser.organisation_number');
}
