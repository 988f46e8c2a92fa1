import { ArgsType, Directive, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
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

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending (stigande) or descending (fallande).',
});

/** A list's order: a property of the entity that is never null, and a direction. */
export interface Sort<T> {
  property: keyof T & string;
  direction: SortDirection;
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

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === length) return decoded;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after is not a cursor this list gave out in this order; pass a pageInfo.endCursor.', 'after');
}

/**
 * Keyset pagination: ordered by the sort property and then the unique key, so that the order is total and a page
 * is as fast on page 100 as on page 1, and stable while rows are added. Two statements: the count and the page.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keyProperty: keyof T & string,
  args: PageArgs,
  sort?: Sort<T>,
): Promise<Page<T>> {
  const first = pageSize(args.first);
  const key = `${query.alias}.${keyProperty}`;
  const by = sort && sort.property !== keyProperty ? `${query.alias}.${sort.property}` : null;
  const direction = sort?.direction ?? SortDirection.ASC;
  const totalCount = await query.clone().getCount();
  const pageQuery = query.clone().orderBy(by ?? key, direction);
  if (by) pageQuery.addOrderBy(key, direction);
  pageQuery.limit(first + 1);
  if (args.after != null) {
    const values = decodeCursor(args.after, by ? 2 : 1);
    const compare = direction === SortDirection.ASC ? '>' : '<';
    // A row comparison keeps ties on the sort value in key order across pages.
    if (by)
      pageQuery.andWhere(`(${by}, ${key}) ${compare} (:afterSort, :afterKey)`, {
        afterSort: values[0],
        afterKey: values[1],
      });
    else pageQuery.andWhere(`${key} ${compare} :afterKey`, { afterKey: values[0] });
  }
  const rows = await pageQuery.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  const cursorOf = (row: T) => encodeCursor(by && sort ? [row[sort.property], row[keyProperty]] : [row[keyProperty]]);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
  };
}

/** A list's `orderBy` input: which field and which direction. Each list subclasses it with its own field enum. */
export function OrderInput<F extends string>(fieldEnum: object) {
  // Not in the schema by itself, like Connection: the concrete `<Thing>Order` subclass is.
  @InputType()
  abstract class OrderInputType {
    @Field(() => fieldEnum, { description: 'The field to order by.' })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (default) or DESC.' })
    direction: SortDirection;
  }
  return OrderInputType;
}

/** The Sort of an order input, given the entity property each field value stands for. */
export function sortOf<T, F extends string>(
  order: { field: F; direction: SortDirection } | null | undefined,
  properties: Record<F, keyof T & string>,
): Sort<T> | undefined {
  return order ? { property: properties[order.field], direction: order.direction } : undefined;
}
