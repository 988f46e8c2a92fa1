import { demoUserById, issueDevToken } from '@lagesbild/auth';
import { fileTooLargeMessage, MAX_IMPORT_BYTES, repoRoot } from '@lagesbild/platform';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// `npm run import -- <kind> <file.csv> [--skip-invalid] [--rejects <file>]`: sends a CSV file to the subgraph that
// owns its kind, through the running platform's gateway, and prints what happened to every row.
//
// Exit codes: 0 every row written; 1 nothing written (the file or some rows have problems); 2 a usage error;
// 3 written with rejected rows (--skip-invalid); 4 the platform could not be reached or answered with an error.
//
// Imports are for admins (issue #5). The command sends LAGESBILD_TOKEN, an admin's sign-in token; without it, on
// the embedded default, it signs in as the demo admin through the development issuer in the data folder.

/** Which mutation imports each kind; the subgraph behind it owns the tables. */
export const IMPORT_MUTATIONS = {
  organisers: 'importOrganisers',
  schools: 'importSchools',
  interventions: 'importInterventions',
  'follow-ups': 'importFollowUps',
  outcomes: 'importOutcomeValues',
} as const;
export type ImportKind = keyof typeof IMPORT_MUTATIONS;

/** What an import mutation answers (the subgraphs' ImportReport). */
export interface ImportReport {
  kind: string;
  committed: boolean;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedLines: number[];
  issues: { line: number; column: string | null; value: string | null; code: string; message: string }[];
  issuesOmitted: number;
}

const USAGE = `Usage: npm run import -- <kind> <file.csv> [--skip-invalid] [--rejects <file>]
  kind: ${Object.keys(IMPORT_MUTATIONS).join(', ')}
  --skip-invalid  write the valid rows, and the invalid ones with their reasons to the rejects file
  --rejects       where to write rejected rows (default: <file>.rejects.csv)
  LAGESBILD_URL   the GraphQL address of the running platform (default http://localhost:4000/graphql)`;

class UsageError extends Error {}

function quote(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The rejected rows as written in the file, with their line and every reason, for correcting and importing again. */
function rejectsFile(text: string, report: ImportReport): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const reasons = new Map<number, string[]>();
  for (const issue of report.issues) reasons.set(issue.line, [...(reasons.get(issue.line) ?? []), issue.message]);
  const rows = report.rejectedLines.map((line) =>
    [
      String(line),
      quote((reasons.get(line) ?? ['see the import report']).join(' ')),
      quote(lines[line - 1] ?? ''),
    ].join(','),
  );
  return ['line,problems,row', ...rows].join('\n') + '\n';
}

function describe(file: string, report: ImportReport): string {
  const out = [`${file}: ${report.rowsRead} rows read.`];
  if (report.committed) {
    out.push(`  Written: ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged.`);
    if (report.rejected) out.push(`  Rejected: ${report.rejected} rows with problems (not written).`);
  } else {
    out.push(
      `  Nothing was written: ${report.rejected ? `${report.rejected} rows have problems.` : 'the file has a problem.'}`,
    );
  }
  for (const issue of report.issues) {
    const where = [`line ${issue.line}`, issue.column ? `column ${issue.column}` : ''].filter(Boolean).join(', ');
    out.push(`  ${where}${issue.value !== null ? ` ("${issue.value}")` : ''}: ${issue.message} [${issue.code}]`);
  }
  if (report.issuesOmitted) out.push(`  … and ${report.issuesOmitted} more problems.`);
  return out.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'skip-invalid': { type: 'boolean', default: false }, rejects: { type: 'string' } },
  });
  const [kind, file] = positionals;
  if (!kind || !file || positionals.length > 2) throw new UsageError(USAGE);
  if (!(kind in IMPORT_MUTATIONS)) throw new UsageError(`Unknown kind "${kind}".\n${USAGE}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    // Refused here rather than sent: a request this large would be cut off before any importer could say why.
    console.log(`${file}: not sent.\n  Nothing was written: ${fileTooLargeMessage(bytes.length)} [FILE_TOO_LARGE]`);
    return 1;
  }
  const mutation = IMPORT_MUTATIONS[kind as ImportKind];
  const url = process.env.LAGESBILD_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;
  const query = `mutation Import($file: String!, $skipInvalid: Boolean!) {
    report: ${mutation}(fileBase64: $file, skipInvalid: $skipInvalid) {
      kind committed rowsRead inserted updated unchanged rejected rejectedLines issuesOmitted
      issues { line column value code message }
    }
  }`;
  const token =
    process.env.LAGESBILD_TOKEN ??
    (await issueDevToken(
      process.env.LAGESBILD_DATA_DIR ?? path.join(repoRoot, '.lagesbild'),
      demoUserById('admin') as Parameters<typeof issueDevToken>[1],
    ));
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query,
        variables: { file: bytes.toString('base64'), skipInvalid: values['skip-invalid'] },
      }),
    });
  } catch {
    console.error(`Could not reach Lägesbild at ${url}. Start it with \`npm start\`, or set LAGESBILD_URL.`);
    return 4;
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: { report: ImportReport | null };
    errors?: { message: string }[];
  };
  const report = body.data?.report;
  if (!report) {
    console.error(
      `The import was not done: ${body.errors?.map((error) => error.message).join(' ') ?? `HTTP ${response.status}`}`,
    );
    if (response.status === 401) console.error('Set LAGESBILD_TOKEN to an admin’s sign-in token.');
    return 4;
  }
  console.log(describe(file, report));
  if (report.committed && report.rejected > 0) {
    const rejects = values.rejects ?? `${file}.rejects.csv`;
    writeFileSync(rejects, rejectsFile(bytes.toString('utf8'), report));
    console.log(`  The rejected rows and their reasons are in ${rejects}.`);
    return 3;
  }
  return report.committed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 4);
  },
);
