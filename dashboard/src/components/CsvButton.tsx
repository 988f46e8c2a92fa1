import { useMutation } from '@apollo/client';
import { RecordExportDocument } from '../gql/graphql';
import { csvDialectOf, csvFileName, toCsv, type CsvColumn } from '../lib/csv';
import { useLanguage } from './LanguageContext';

/**
 * Downloads rows as a CSV file named after the title, and reports the export for the audit log (issue #5). The file
 * is written as Excel reads it in the language's locale: semicolons and decimal commas in Swedish, commas and points
 * in English.
 */
export function CsvButton<Row>({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: CsvColumn<Row>[];
  rows: readonly Row[];
}) {
  const { t, language } = useLanguage();
  const [recordExport] = useMutation(RecordExportDocument);
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([toCsv(columns, rows, csvDialectOf(language))], { type: 'text/csv;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    // The rows are already in the browser, so a failed report cannot stop the export; it is said in the console.
    recordExport({ variables: { what: title, rows: rows.length } }).catch((error: unknown) =>
      console.warn('Could not record the export in the audit log:', error),
    );
  };
  return (
    <button type="button" className="csv-button" onClick={download} aria-label={t.csv.of(title)}>
      {t.csv.download}
    </button>
  );
}
