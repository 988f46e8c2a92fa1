import type { CsvColumn } from './csv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The first list in an answer, searched breadth-first (so `nation.counties` wins over lists inside a county). */
export function firstList(data: Json): { path: string; items: Json[] } | null {
  const queue: { path: string; value: Json }[] = [{ path: '', value: data }];
  while (queue.length > 0) {
    const { path, value } = queue.shift()!;
    if (Array.isArray(value)) return { path, items: value };
    if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value))
        queue.push({ path: path ? `${path}.${key}` : key, value: child });
  }
  return null;
}

/** An object's leaves as dotted keys ({ a: { b: 1 } } → { "a.b": 1 }); a list inside a row is kept as JSON text. */
export function flattenRow(value: Json, prefix = '', into: Record<string, string | number | null> = {}) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flattenRow(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (Array.isArray(value)) {
    into[prefix] = JSON.stringify(value);
  } else {
    into[prefix || 'value'] = typeof value === 'boolean' ? String(value) : value;
  }
  return into;
}

/** A GraphQL answer's first list as CSV columns and rows, one column per leaf seen in any row. */
export function resultTable(data: Json): {
  path: string;
  columns: CsvColumn<Record<string, string | number | null>>[];
  rows: Record<string, string | number | null>[];
} | null {
  const list = firstList(data);
  if (!list) return null;
  const rows = list.items.map((item) => flattenRow(item));
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { path: list.path, columns: headers.map((header) => ({ header, value: (row) => row[header] })), rows };
}
