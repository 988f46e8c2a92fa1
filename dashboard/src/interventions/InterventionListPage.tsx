import { Link } from '../app/Link';
import { navigate, useUrl } from '../app/router';
import { DataTable } from '../components/DataTable';
import { useLanguage } from '../components/LanguageContext';
import { Panel } from '../components/Panel';
import { useSession } from '../components/SessionContext';
import { usePageQuery } from '../components/usePageQuery';
import { InterventionListDocument, type InterventionRowFragment, type InterventionStatus } from '../gql/graphql';
import { formatCount } from '../lib/format';
import { useInterventionStrings } from './interventionStrings';
import { ORIGINS, parseView, SORT_FIELDS, STATUSES, viewToSearch, type InterventionView } from './interventionUrl';

export const INTERVENTIONS_PATH = '/insatser';
export const interventionHref = (id: string) => `/insats?id=${encodeURIComponent(id)}`;

/** Insatser: the interventions the user may read (their office's for staff), filtered, ordered and paged. */
export default function InterventionListPage() {
  const { t, language } = useLanguage();
  const s = useInterventionStrings();
  const { user } = useSession();
  const { pathname, search } = useUrl();
  const view = parseView(search);
  const setView = (change: Partial<InterventionView>) =>
    navigate(pathname + viewToSearch({ ...view, after: null, ...change }), { replace: true });
  const query = usePageQuery(InterventionListDocument, {
    filter: {
      ...(user?.role === 'office' && user.office ? { officeId: user.office } : {}),
      ...(view.status ? { status: view.status as InterventionStatus } : {}),
      ...(view.kind ? { kind: view.kind as InterventionRowFragment['kind'] } : {}),
      ...(view.origin ? { origin: view.origin as InterventionRowFragment['origin'] } : {}),
      ...(view.organiser ? { organiserId: view.organiser } : {}),
    },
    orderBy: { field: view.sort, direction: view.descending ? 'DESC' : 'ASC' },
    after: view.after,
  });
  const list = query.data?.interventions;
  const rows = list?.nodes ?? [];
  const select = (
    id: string,
    label: string,
    value: string | null,
    options: [string, string][],
    any: string,
    key: keyof InterventionView,
  ) => (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value ?? ''} onChange={(event) => setView({ [key]: event.target.value || null })}>
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h1>{s.listTitle}</h1>
      {user?.role === 'office' ? (
        <p>
          <Link href="/insatser/ny">{s.newIntervention}</Link>
        </p>
      ) : (
        <p>{s.readOnly}</p>
      )}
      <form className="filter-bar" aria-label={s.filters} onSubmit={(event) => event.preventDefault()}>
        {select(
          'filter-status',
          s.columns.status,
          view.status,
          STATUSES.map((v) => [v, s.statuses[v]]),
          s.anyStatus,
          'status',
        )}
        {select('filter-kind', s.columns.kind, view.kind, Object.entries(t.kinds), s.anyKind, 'kind')}
        {select(
          'filter-origin',
          s.columns.origin,
          view.origin,
          ORIGINS.map((v) => [v, s.origins[v]]),
          s.anyOrigin,
          'origin',
        )}
        {select(
          'sort-by',
          s.sortBy,
          view.sort,
          SORT_FIELDS.map((v) => [v, s.sortFields[v]]),
          s.sortFields.IDENTIFIED_ON,
          'sort',
        )}
        <label htmlFor="sort-descending">
          <input
            id="sort-descending"
            type="checkbox"
            checked={view.descending}
            onChange={(event) => setView({ descending: event.target.checked })}
          />
          {s.descending}
        </label>
        {view.organiser && (
          <button type="button" onClick={() => setView({ organiser: null })}>
            {s.form.remove}: {s.columns.organiser}
          </button>
        )}
      </form>
      <Panel title={s.listTitle} {...query} path="interventions" hasData={list != null}>
        <p className="summary" aria-live="polite">
          {s.listSummary(formatCount(rows.length, language), formatCount(list?.totalCount, language))}
        </p>
        <DataTable<InterventionRowFragment>
          caption={s.listTitle}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: s.columns.reference,
              value: (row) => row.reference,
              render: (row) => <Link href={interventionHref(row.id)}>{row.reference}</Link>,
            },
            { header: s.columns.status, value: (row) => s.statuses[row.status] },
            { header: s.columns.kind, value: (row) => t.kinds[row.kind] },
            { header: s.columns.origin, value: (row) => s.origins[row.origin] },
            { header: s.columns.identifiedOn, value: (row) => row.identifiedOn },
            { header: s.columns.organiser, value: (row) => row.organiser?.name },
            { header: s.columns.office, value: (row) => row.office?.town },
          ]}
        />
        <nav aria-label={s.listTitle} className="pager">
          {view.after && (
            <button type="button" onClick={() => setView({ after: null })}>
              {s.firstPage}
            </button>
          )}
          {list?.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setView({ after: list.pageInfo.endCursor })}>
              {s.nextPage}
            </button>
          )}
        </nav>
      </Panel>
    </>
  );
}
