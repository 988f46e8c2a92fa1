import type { ScopeSchool, SupportStart } from '@lagesbild/reporting';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byRequest, SqlParameters } from './figureCells';
import { namedSchoolsSql, reachesSchoolSql, supportStartSql } from './figureDefinitions';

// When each school unit's support began, which the outcomes subgraph requires (Nation.firstSupport, …) to compare
// supported schools with comparable unsupported ones before and after. Not bound to a period: it is the first ever.

/** What the first support of an area's school units needs of its scope. */
export type SupportScope = readonly Pick<ScopeSchool, 'id' | 'organiserId'>[];

/** Per scope: its school units' first support, by school id; one statement per request tick. */
export function createSupportStartLoader(dataSource: DataSource) {
  return new DataLoader<SupportScope, SupportStart[]>(
    async (scopes) => {
      const p = new SqlParameters();
      const schools = scopes.flatMap((scope, req) => scope.map((school) => ({ ...school, req })));
      const rows: { req: number; school_id: string; first_support_on: string }[] = await dataSource.query(
        `WITH supported AS MATERIALIZED (
          SELECT i.organiser_id, ${supportStartSql('i')} AS support_start, ${namedSchoolsSql('i')} AS named
          FROM intervention i WHERE ${supportStartSql('i')} IS NOT NULL
        )
        SELECT s.req, s.school_id, min(i.support_start)::text AS first_support_on
        FROM ${p.unnest('s', schools, {
          req: ['int', (school) => school.req],
          school_id: ['uuid', (school) => school.id],
          organiser_id: ['uuid', (school) => school.organiserId],
        })}
        JOIN supported i ON i.organiser_id = s.organiser_id
        WHERE ${reachesSchoolSql('i.named', 's.school_id')}
        GROUP BY s.req, s.school_id
        ORDER BY s.req, s.school_id`,
        p.values,
      );
      return byRequest(rows, scopes.length).map((found) =>
        found.map((row) => ({ schoolId: row.school_id, firstSupportOn: row.first_support_on })),
      );
    },
    { cache: false },
  );
}
