import type { ImportReport } from '@lagesbild/launcher';
import { ADMIN, postToSubgraph } from './testUsers';

/** What an import mutation answers, as the tests ask for it. */
export type ImportAnswer = Omit<ImportReport, 'kind' | 'issuesOmitted'>;

/**
 * Sends a file to a subgraph's import mutation (`importOutcomeValues`, `importSchools`, …) as an administrator,
 * as the gateway passes `npm run import` on. An answer with errors fails the test: an import never has one.
 */
export async function importFile(
  subgraphUrl: string,
  mutation: string,
  file: string | Buffer,
  skipInvalid = false,
): Promise<ImportAnswer> {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const answer = await postToSubgraph<{ report: ImportAnswer }>(
    subgraphUrl,
    `mutation ($file: String!, $skipInvalid: Boolean!) {
      report: ${mutation}(fileBase64: $file, skipInvalid: $skipInvalid) {
        committed rowsRead inserted updated unchanged rejected rejectedLines issues { line column value code message }
      }
    }`,
    { file: bytes.toString('base64'), skipInvalid },
    ADMIN,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.report;
}
