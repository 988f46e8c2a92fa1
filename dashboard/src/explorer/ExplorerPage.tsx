import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './explorer.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { storedToken } from '../app/session';
import { CsvButton } from '../components/CsvButton';
import { useLanguage } from '../components/LanguageContext';
import { resultTable } from '../lib/flattenResult';
import { watchGraphiQLAccessibility } from './graphiqlAccessibility';
import { CATALOGUE } from './operationCatalogue';

interface GraphQLParams {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/** Utforska, for analysts: GraphiQL (bundled, lazy-loaded), the catalogue of named operations, CSV export. */
export default function ExplorerPage() {
  const { t, language } = useLanguage();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => (frame.current ? watchGraphiQLAccessibility(frame.current, language) : undefined), [language]);
  const [query, setQuery] = useState(CATALOGUE[0]?.document ?? '');
  const [lastData, setLastData] = useState<unknown>(null);
  // GraphiQL's requests carry the same sign-in token as the dashboard's, and its last answer feeds the export.
  const fetcher = useCallback(async (params: GraphQLParams) => {
    const token = storedToken();
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(params),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null };
    if (params.operationName !== 'IntrospectionQuery') setLastData(body.data ?? null);
    return body;
  }, []);
  const table = lastData ? resultTable(lastData as Parameters<typeof resultTable>[0]) : null;
  return (
    <>
      <h1>{t.explorer.title}</h1>
      <div className="explorer">
        <section className="panel catalogue" aria-labelledby="catalogue-heading">
          <h2 id="catalogue-heading">{t.explorer.catalogue}</h2>
          <p>{t.explorer.catalogueHelp}</p>
          <ul>
            {CATALOGUE.map((entry) => (
              <li key={entry.name}>
                <button type="button" onClick={() => setQuery(entry.document)} aria-label={t.explorer.open(entry.name)}>
                  {entry.name}
                </button>
                <p>{entry.description}</p>
              </li>
            ))}
          </ul>
          {table ? (
            <CsvButton title={table.path || 'result'} columns={table.columns} rows={table.rows} />
          ) : (
            <p className="state">{t.explorer.noResult}</p>
          )}
        </section>
        <div className="graphiql-frame" ref={frame}>
          <GraphiQL fetcher={fetcher} query={query} onEditQuery={setQuery} />
        </div>
      </div>
    </>
  );
}
