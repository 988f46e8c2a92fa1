import { fromRollupsOrLive as planned } from '@lagesbild/subgraph-kit';
import type { DataSource } from 'typeorm';
import { rollupCovers } from './coverageRollup';
import { byRequest, SqlParameters, type FigureRequest } from './figureCells';

type Statement = (p: SqlParameters, requests: readonly FigureRequest[]) => string;

/**
 * The rows of each request, ordered as its statement orders them: the requests whose shape the rollups cover are
 * read from them in one statement; the others, and any whose rows say the rollups did not hold its windows after
 * all (`covered` false: a request just after midnight, before the windows moved), in one live statement.
 */
export function fromRollupsOrLive<Row extends { req: number; covered?: boolean }>(
  dataSource: DataSource,
  requests: readonly FigureRequest[],
  today: string,
  statements: { rollups: Statement; live: Statement },
): Promise<Row[][]> {
  const query = async (statement: Statement, chosen: FigureRequest[]) => {
    const p = new SqlParameters();
    const rows: Row[] = await dataSource.query(statement(p, chosen), p.values);
    return byRequest(rows, chosen.length);
  };
  return planned(requests, (request) => rollupCovers(request, today), {
    rollups: async (covered) =>
      (await query(statements.rollups, covered)).map((rows) => (rows.every((row) => row.covered) ? rows : undefined)),
    live: (rest) => query(statements.live, rest),
  });
}
