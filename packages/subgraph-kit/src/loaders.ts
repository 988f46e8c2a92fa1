import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';

/**
 * One row per key, fetched for all keys of a request tick in one statement: `WHERE key = ANY($1)`. This is what
 * keeps `_entities` and nested lists from issuing a query per row.
 */
export function rowByKeyLoader<T extends ObjectLiteral, K extends string | number>(
  repository: Repository<T>,
  keyProperty: keyof T & string,
): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await repository
      .createQueryBuilder('row')
      .where(`row.${keyProperty} = ANY(:keys)`, { keys: [...keys] })
      .getMany();
    const byKey = new Map(rows.map((row) => [row[keyProperty] as K, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows whose `foreignKeyProperty` is one of the keys, grouped per key, in one statement. */
export function rowsByForeignKeyLoader<T extends ObjectLiteral, K extends string | number>(
  repository: Repository<T>,
  foreignKeyProperty: keyof T & string,
  orderBy?: keyof T & string,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const query = repository
      .createQueryBuilder('row')
      .where(`row.${foreignKeyProperty} = ANY(:keys)`, { keys: [...keys] });
    if (orderBy) query.orderBy(`row.${orderBy}`, 'ASC');
    const rows = await query.getMany();
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[foreignKeyProperty] as K)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
