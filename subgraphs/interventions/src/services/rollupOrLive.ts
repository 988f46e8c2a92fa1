import type { DataSource } from 'typeorm';
import { rollupCovers } from './coverageRollup';
import { byRequest, SqlParameters, type FigureRequest } from './figureCells';

type Statement = (p: SqlParameters, requests: readonly FigureRequest[]) => string;

/**
 * The rows of each request, ordered as its statement orders them: the requests whose shape the rollups cover are
 * read from them in one statement; the others, and any whose rows say the rollups did not hold its windows after
 * all (`covered` false: a request just after midnight, before the windows moved), in one live statement.
 */
export async function fromRollupsOrLive<Row extends { req: number; covered?: boolean }>(
  dataSource: DataSource,
  requests: readonly FigureRequest[],
  today: string,
  statements: { rollups: Statement; live: Statement },
): Promise<Row[][]> {
  const query = async (statement: Statement, indexes: number[]) => {
    const p = new SqlParameters();
    const chosen = indexes.map((index) => requests[index]);
    const rows: Row[] = await dataSource.query(statement(p, chosen), p.values);
    return byRequest(rows, chosen.length);
  };
  const answers: (Row[] | undefined)[] = new Array(requests.length);
  const covered = requests.flatMap((request, index) => (rollupCovers(request, today) ? [index] : []));
  if (covered.length > 0) {
    (await query(statements.rollups, covered)).forEach((rows, i) => {
      if (rows.every((row) => row.covered)) answers[covered[i]] = rows;
    });
  }
  const live = requests.flatMap((_, index) => (answers[index] ? [] : [index]));
  if (live.length > 0) (await query(statements.live, live)).forEach((rows, i) => (answers[live[i]] = rows));
  return answers as Row[][];
}
