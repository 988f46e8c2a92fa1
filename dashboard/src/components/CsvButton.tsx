import { csvFileName, toCsv, type CsvColumn } from '../lib/csv';
import { useLanguage } from './LanguageContext';

/** Downloads rows as a CSV file named after the title. */
export function CsvButton<Row>({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: CsvColumn<Row>[];
  rows: readonly Row[];
}) {
  const { t } = useLanguage();
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="csv-button" onClick={download} aria-label={t.csv.of(title)}>
      {t.csv.download}
    </button>
  );
}
