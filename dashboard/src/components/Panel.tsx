import type { ReactNode } from 'react';
import { missingUnder, type MissingPart } from '../lib/partialFailure';
import { useLanguage } from './LanguageContext';

interface PanelProps {
  title: string;
  /** Heading level within the page: panels are h2, sub-panels h3. */
  level?: 2 | 3;
  loading: boolean;
  failure: string | null;
  missing: MissingPart[];
  /** The answer's field path this panel shows, to name the subgraphs missing under it. */
  path: string;
  /** Whether there is something to show; false shows the empty state (or what is missing). */
  hasData: boolean;
  children: ReactNode;
}

/**
 * A titled section of a page with its loading, error, empty and partial-failure states: a panel whose part of the
 * graph is down says which service is missing, while the page's other panels render.
 */
export function Panel({ title, level = 2, loading, failure, missing, path, hasData, children }: PanelProps) {
  const { t } = useLanguage();
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = `panel-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const down = missingUnder(missing, path);
  let body: ReactNode = children;
  if (hasData) body = children;
  else if (loading) body = <p className="state state-loading">{t.states.loading}</p>;
  else if (down.length > 0) body = <p className="state state-missing">{t.states.missing(down.join(', '))}</p>;
  else if (failure) body = <p className="state state-error">{`${t.states.error} ${failure}`}</p>;
  else body = <p className="state">{t.states.empty}</p>;
  return (
    <section className="panel" aria-labelledby={id} aria-busy={loading}>
      <Heading id={id}>{title}</Heading>
      {hasData && down.length > 0 && <p className="state state-missing">{t.states.missing(down.join(', '))}</p>}
      {body}
    </section>
  );
}
