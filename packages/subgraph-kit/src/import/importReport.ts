import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** More problems than this are counted, not listed, so that a wholly wrong file does not produce a huge answer. */
export const MAX_ISSUES = 2000;

/** Problems with a file as a whole: nothing in it is read further. */
export const FileProblemCode = {
  EMPTY_FILE: 'EMPTY_FILE',
  NOT_UTF8: 'NOT_UTF8',
  BAD_HEADER: 'BAD_HEADER',
  BROKEN_CSV: 'BROKEN_CSV',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
} as const;

@ObjectType({ description: 'One problem found in an import file (importfel), at a line and column.' })
@Directive('@shareable')
export class ImportIssue {
  @Field(() => Int, { description: 'Line of the file, counting the header as line 1.' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The column, when the problem is in one.' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The value as written in the file.' })
  value: string | null;

  @Field({
    description:
      'What kind of problem: INVALID_VALUE, UNKNOWN_REFERENCE, DUPLICATE, LIFECYCLE_VIOLATION, REFUSED_BY_DATABASE for a row; EMPTY_FILE, NOT_UTF8, BAD_HEADER, BROKEN_CSV, FILE_TOO_LARGE for the whole file.',
  })
  code: string;

  @Field({ description: 'The problem, in words.' })
  message: string;
}

@ObjectType({ description: 'What an import (import) did with a file: counts, and every problem found.' })
@Directive('@shareable')
export class ImportReport {
  @Field({ description: 'What was imported, e.g. "organisers".' })
  kind: string;

  @Field({
    description:
      'Whether rows were written. Without skipInvalid a file with any problem writes nothing; with it, the valid rows are written and the rest are rejected.',
  })
  committed: boolean;

  @Field(() => Int, { description: 'Data rows in the file (not counting the header or empty lines).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Rows that created a new record.' })
  inserted: number;

  @Field(() => Int, { description: 'Rows that changed an existing record (matched on its natural key).' })
  updated: number;

  @Field(() => Int, {
    description: 'Rows identical to the record already stored: importing a file twice changes nothing.',
  })
  unchanged: number;

  @Field(() => Int, { description: 'Rows not written because of a problem.' })
  rejected: number;

  @Field(() => [Int], { description: 'Lines of the rejected rows, in order.' })
  rejectedLines: number[];

  @Field(() => [ImportIssue], { description: `Problems found, in line order (at most ${MAX_ISSUES}).` })
  issues: ImportIssue[];

  @Field(() => Int, { description: 'Problems found beyond those listed.' })
  issuesOmitted: number;
}
