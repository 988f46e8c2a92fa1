import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a client may ask for; bigger reads go page by page. */
export const MAX_PAGE_SIZE = 500;

@ObjectType({ description: 'Where a page of a list ends, for cursor pagination.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; pass it as `after`.' })
  endCursor: string | null;

  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (a pageInfo.endCursor).' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A paged list type, `<Thing>Connection`, for one node type. */
export function Connection<T extends object>(node: ClassType<T>) {
  // Not in the schema by itself: type-graphql 2 emits only types reachable from a resolver, and the concrete
  // `<Thing>Connection` subclass (with its own description) is what the resolvers return.
  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node], { description: 'The items on this page.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, not ${first}.`, 'first');
  }
  return first;
}

function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify([key])).toString('base64url');
}

function decodeCursor(cursor: string): unknown {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 1) return decoded[0];
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after is not a cursor this list gave out; pass a pageInfo.endCursor.', 'after');
}

/**
 * Keyset pagination ordered by a unique key property: stable while rows are added, and as fast on page 100 as on
 * page 1. Two statements: the count and the page.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keyProperty: keyof T & string,
  args: PageArgs,
): Promise<Page<T>> {
  const first = pageSize(args.first);
  const column = `${query.alias}.${keyProperty}`;
  const totalCount = await query.clone().getCount();
  const pageQuery = query
    .clone()
    .orderBy(column, 'ASC')
    .limit(first + 1);
  if (args.after != null) pageQuery.andWhere(`${column} > :afterKey`, { afterKey: decodeCursor(args.after) });
  const rows = await pageQuery.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last[keyProperty]) : null },
  };
}
