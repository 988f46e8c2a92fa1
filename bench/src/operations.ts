import { schemaDir } from '@lagesbild/platform';
import { Kind, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A named query from schema/operations, sent as written with its default variables. */
export interface BenchOperation {
  name: string;
  file: string;
  /** The whole file, so that fragments it defines travel with the operation. */
  document: string;
}

export interface SkippedOperation {
  name: string;
  file: string;
  reason: string;
}

/**
 * An operation file opts out of the benchmark with a comment line such as
 * `# bench: skip (writes data)`; the reason is reported.
 */
const SKIP_COMMENT = /^\s*#\s*bench:\s*skip\b\s*(.*)$/im;

function whyNotBenched(operation: OperationDefinitionNode, skipComment: string | undefined): string | undefined {
  if (skipComment !== undefined) return skipComment || 'the file says `# bench: skip`';
  if (operation.operation !== 'query') return `a ${operation.operation}, not a query`;
  const required = (operation.variableDefinitions ?? []).find(
    (variable) => variable.type.kind === Kind.NON_NULL_TYPE && !variable.defaultValue,
  );
  if (required) return `$${required.variable.name.value} has no default value`;
  return undefined;
}

/** The named operations of one file, and those it says are not to be benched. */
export function operationsInSource(
  file: string,
  source: string,
): { operations: BenchOperation[]; skipped: SkippedOperation[] } {
  const skipComment = SKIP_COMMENT.exec(source)?.[1]?.trim();
  const operations: BenchOperation[] = [];
  const skipped: SkippedOperation[] = [];
  for (const definition of parse(source).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = definition.name?.value;
    if (!name) {
      skipped.push({ name: '(anonymous)', file, reason: 'an operation needs a name to be benched' });
      continue;
    }
    const reason = whyNotBenched(definition, skipComment);
    if (reason) skipped.push({ name, file, reason });
    else operations.push({ name, file, document: source });
  }
  return { operations, skipped };
}

/** Every named operation in schema/operations/*.graphql, read now: the list grows while the project does. */
export function discoverOperations(
  only?: readonly string[],
  folder = path.join(schemaDir, 'operations'),
): { operations: BenchOperation[]; skipped: SkippedOperation[] } {
  const found = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => operationsInSource(file, readFileSync(path.join(folder, file), 'utf8')));
  const operations = found.flatMap((result) => result.operations);
  const skipped = found.flatMap((result) => result.skipped);
  if (!only) return { operations, skipped };
  const unknown = only.filter((name) => !operations.some((operation) => operation.name === name));
  if (unknown.length > 0) {
    const known = operations.map((operation) => operation.name).join(', ');
    throw new Error(`No benchable operation named ${unknown.join(', ')} in ${folder} (there are: ${known}).`);
  }
  // In the order asked for, so that a heavy operation can be put last.
  return {
    operations: only.map((name) => operations.find((operation) => operation.name === name) as BenchOperation),
    skipped,
  };
}

/** The default values of an operation's variables: what it runs with when sent without variables. */
export function defaultVariables(operation: BenchOperation): Record<string, unknown> {
  const definition = parse(operation.document).definitions.find(
    (node): node is OperationDefinitionNode =>
      node.kind === Kind.OPERATION_DEFINITION && node.name?.value === operation.name,
  );
  return Object.fromEntries(
    (definition?.variableDefinitions ?? [])
      .filter((variable) => variable.defaultValue)
      .map((variable) => [variable.variable.name.value, valueFromASTUntyped(variable.defaultValue!)]),
  );
}
