import { schoolIdOf } from '@lagesbild/domain';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import {
  importFile,
  useSiblingSubgraph,
  useSubgraphOnOwnDatabase,
  type SubgraphUnderTest,
} from '@lagesbild/test-utils';
import { outcomesSubgraph } from '../subgraph';

// What the outcomes tests send to the subgraph and read back from it, as an administrator imports and as the
// gateway asks for a school's values.

export type { ImportAnswer as Report } from '@lagesbild/test-utils';

/** Imports an outcomes file through the importOutcomeValues mutation. */
export const importOutcomeFile = (subgraph: SubgraphUnderTest, file: string | Buffer, skipInvalid = false) =>
  importFile(subgraph.url, 'importOutcomeValues', file, skipInvalid);

export interface Published {
  year: number;
  group: string;
  status: string;
  value: number | null;
  pupilCount: number | null;
}

/** A school's published values of one indicator from one year to another, as School.outcomes serves them. */
export async function publishedOf(
  subgraph: SubgraphUnderTest,
  unitCode: string,
  indicatorCode: string,
  fromYear: number,
  toYear = fromYear,
): Promise<Published[]> {
  const answer = await subgraph.query<{ _entities: { outcomes: Published[] }[] }>(
    `query ($representations: [_Any!]!, $indicatorCode: ID!, $fromYear: Int!, $toYear: Int!) {
      _entities(representations: $representations) {
        ... on School { outcomes(indicatorCode: $indicatorCode, fromYear: $fromYear, toYear: $toYear) {
          year group status value pupilCount } }
      }
    }`,
    { representations: [{ __typename: 'School', id: schoolIdOf(unitCode) }], indicatorCode, fromYear, toYear },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0].outcomes;
}

/**
 * The outcomes subgraph for one test file over a database of its own, seeded with the demo data, for tests that
 * revise the demo data's own cells or change the table's constraints, which no other test file may see. The schools
 * subgraph it asks which school units exist runs over the shared database, which such a test only reads.
 */
export function useOutcomesOnOwnDatabase() {
  useSiblingSubgraph('schools');
  const subgraph = useSubgraphOnOwnDatabase('outcomes', (env) => startSubgraph(outcomesSubgraph, env));
  const sql = <T>(query: string, params: unknown[] = []) => subgraph().sql<T>(query, params);
  return { subgraph, sql };
}
