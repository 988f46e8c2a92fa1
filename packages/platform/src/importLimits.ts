/**
 * The largest import file, in bytes: a file travels base64-encoded in one GraphQL request (a third larger), and the
 * subgraphs take requests of up to 64 MB. Sweden's outcome values for a year (about 160,000 rows) are some 6 MB, so
 * this leaves room for several years in one file. `npm run import` refuses a larger file before sending it, and the
 * importers refuse it too, each with the same sentence.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const fileTooLargeMessage = (bytes: number): string =>
  `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an import takes at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. ` +
  'Split it into several files (for example one per year) and import them one after another.';
