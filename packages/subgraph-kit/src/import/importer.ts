import type { User } from '@lagesbild/auth';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditOutcome } from '../audit/auditEntry.entity';
import { recordAudit } from '../audit/auditWriter';
import { ValidationCode, type ValidationIssue } from '../validation';
import { firstRefusedRow, violatedConstraint, type ConstraintMeaning } from './constraintRefusal';
import { readCsvFile, type ImportColumn } from './csvFile';
import { MAX_ISSUES, type ImportIssue, type ImportReport } from './importReport';

export interface ParsedRow<Row> {
  line: number;
  row: Row;
}

/** A row-level problem found after parsing: a reference or rule that needs the database or another subgraph. */
export interface RowIssue extends ValidationIssue {
  line: number;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** One kind of import file, owned by the subgraph whose tables it fills. */
export interface Importer<Row> {
  kind: string;
  columns: readonly ImportColumn[];
  /** Parses one record's values (strings by column name) into a row; its issues name the column. */
  schema: z.ZodType<Row>;
  /** The natural key, for duplicates within a file and for the upsert. */
  keyOf(row: Row): string;
  /** The key's columns, named in duplicate messages. */
  keyColumns: readonly string[];
  /** References and rules that need the database or another subgraph. */
  check?(rows: ParsedRow<Row>[], manager: EntityManager, user: User): Promise<RowIssue[]>;
  /** Writes the rows (an upsert on the natural key), inside the import's transaction. */
  write(manager: EntityManager, rows: Row[]): Promise<WriteCounts>;
  /** The table constraints a row may break, by name: the column and the sentence an import refused by one names. */
  constraints?: Readonly<Record<string, ConstraintMeaning>>;
}

function report(kind: string, partial: Partial<ImportReport> & { issues: ImportIssue[] }): ImportReport {
  const issues = [...partial.issues].sort((a, b) => a.line - b.line);
  return {
    kind,
    committed: false,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejectedLines: [],
    ...partial,
    issues: issues.slice(0, MAX_ISSUES),
    issuesOmitted: Math.max(0, issues.length - MAX_ISSUES),
  };
}

/**
 * Runs an import: every row is validated before anything is written, then the rows are written in one
 * transaction. By default a file with any problem writes nothing; with `skipInvalid` the valid rows are written and
 * the others are listed as rejected. A process killed midway leaves the database as it was.
 */
export async function runImport<Row>(
  dataSource: DataSource,
  importer: Importer<Row>,
  bytes: Buffer,
  options: { skipInvalid: boolean; user: User; action: string },
): Promise<ImportReport> {
  // Every import is audited (issue #5): in its own transaction when it writes, so the entry and the rows commit
  // together; a refused file's entry says why.
  const audit = (manager: EntityManager | DataSource, result: ImportReport) =>
    recordAudit(manager, options.user, {
      action: options.action,
      summary: `import of ${importer.kind}: ${result.rowsRead} rows read, ${result.rejected} rejected`,
      rows: result.inserted + result.updated,
      outcome: result.committed ? AuditOutcome.DONE : AuditOutcome.REFUSED,
      reason: result.committed ? null : (result.issues[0]?.code ?? null),
    });
  const file = readCsvFile(bytes, importer.columns);
  if ('problem' in file) {
    const refused = report(importer.kind, { issues: [file.problem] });
    await audit(dataSource, refused);
    return refused;
  }

  const issues: ImportIssue[] = [];
  const parsed: ParsedRow<Row>[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of file.records) {
    const result = importer.schema.safeParse(record.values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        issues.push({
          line: record.line,
          column: column || null,
          value: column ? (record.values[column] ?? null) : null,
          code: ValidationCode.INVALID_VALUE,
          message: column ? `${column} ${issue.message}` : issue.message,
        });
      }
      continue;
    }
    const key = importer.keyOf(result.data);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      issues.push({
        line: record.line,
        column: importer.keyColumns.join(', '),
        value: key,
        code: ValidationCode.DUPLICATE,
        message: `Line ${record.line} repeats the ${importer.keyColumns.join(' and ')} of line ${earlier}.`,
      });
      continue;
    }
    firstLineOfKey.set(key, record.line);
    parsed.push({ line: record.line, row: result.data });
  }

  return dataSource.transaction(async (manager) => {
    const checked = importer.check ? await importer.check(parsed, manager, options.user) : [];
    const recordAt = new Map(file.records.map((record) => [record.line, record]));
    for (const issue of checked) {
      const row = recordAt.get(issue.line);
      issues.push({
        line: issue.line,
        column: issue.field,
        value: row?.values[issue.field] ?? null,
        code: issue.code,
        message: issue.message,
      });
    }
    const badLines = new Set(issues.map((issue) => issue.line));
    const rejectedLines = [...badLines].sort((a, b) => a - b);
    const base = { rowsRead: file.records.length, rejected: badLines.size, rejectedLines, issues };
    if (badLines.size > 0 && !options.skipInvalid) {
      const refused = report(importer.kind, base);
      await audit(manager, refused);
      return refused;
    }
    const goodRows = parsed.filter((entry) => !badLines.has(entry.line));
    const good = goodRows.map((entry) => entry.row);
    await manager.query('SAVEPOINT import_write');
    let counts: WriteCounts;
    try {
      counts = await importer.write(manager, good);
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === null) throw error;
      // Every check passed, yet the database refused a row: our fault, but still the user's file that cannot be
      // loaded. The report names the row as for any bad row, and the whole file is refused, even with skipInvalid.
      await manager.query('ROLLBACK TO SAVEPOINT import_write');
      const { line } = goodRows[await firstRefusedRow(manager, good, (rows) => importer.write(manager, rows))];
      await manager.query('ROLLBACK TO SAVEPOINT import_write');
      console.error(
        `${importer.kind} import: line ${line} passed every check but constraint ${constraint} refused it`,
        error,
      );
      const meaning = importer.constraints?.[constraint];
      const column = meaning?.column ?? null;
      const refusal: ImportIssue = {
        line,
        column,
        value: column ? (recordAt.get(line)?.values[column] ?? null) : null,
        code: ValidationCode.REFUSED_BY_DATABASE,
        message:
          `${meaning?.message ?? 'The stored data cannot take this row.'} The checks before writing should have ` +
          `caught this, so it is a fault in Lägesbild: nothing was imported. Report it with the rule's name, ` +
          `${constraint}.`,
      };
      const refusedLines = new Set([...badLines, line]);
      const refused = report(importer.kind, {
        ...base,
        rejected: refusedLines.size,
        rejectedLines: [...refusedLines].sort((a, b) => a - b),
        issues: [...issues, refusal],
      });
      await audit(manager, refused);
      return refused;
    }
    const written = report(importer.kind, { ...base, ...counts, committed: true });
    await audit(manager, written);
    return written;
  });
}
