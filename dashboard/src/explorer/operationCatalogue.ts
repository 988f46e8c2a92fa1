// The named operations of schema/operations, bundled as text into the explorer's chunk only: the catalogue is
// the same files the gateway's tests run and `npm run check` validates against the API schema.
const files = import.meta.glob('../../../schema/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface CatalogueEntry {
  name: string;
  /** The file's opening comment: what the operation is for. */
  description: string;
  document: string;
}

export const CATALOGUE: CatalogueEntry[] = Object.entries(files)
  // The explorer reads: a write among the named operations (RecordExport, the dashboard's own) is not offered.
  .filter(([, document]) => !/^mutation\b/m.test(document))
  .map(([file, document]) => ({
    name: file.replace(/^.*\//, '').replace(/\.graphql$/, ''),
    description: document
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^#\s?/, ''))
      .join(' '),
    document,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));
