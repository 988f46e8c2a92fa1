import { useQuery } from '@apollo/client';
import { Link } from '../app/Link';
import { useUrl } from '../app/router';
import { useLanguage } from '../components/LanguageContext';
import { InterventionByIdDocument, type InterventionDetailFragment, type InterventionStatus } from '../gql/graphql';
import { FollowUps } from './FollowUps';
import { INTERVENTIONS_PATH } from './InterventionListPage';
import { LifecycleMoves } from './LifecycleMoves';
import { useInterventionStrings } from './interventionStrings';

const STEP_DATES: [InterventionStatus, keyof InterventionDetailFragment][] = [
  ['IDENTIFIED', 'identifiedOn'],
  ['OFFERED', 'offeredOn'],
  ['ACCEPTED', 'acceptedOn'],
  ['DECLINED', 'declinedOn'],
  ['ONGOING', 'startedOn'],
  ['COMPLETED', 'completedOn'],
  ['FOLLOWED_UP', 'followedUpOn'],
  ['CANCELLED', 'cancelledOn'],
];

/** One intervention: its steps with their dates, its schools and follow-ups, and, for its office, its next moves. */
export default function InterventionPage() {
  const { t, language } = useLanguage();
  const s = useInterventionStrings();
  const id = new URLSearchParams(useUrl().search).get('id') ?? '';
  const query = useQuery(InterventionByIdDocument, { variables: { id }, skip: !id, errorPolicy: 'all' });
  const intervention = query.data?.intervention;
  if (query.loading && !intervention) return <p className="state state-loading">{t.states.loading}</p>;
  if (!intervention) {
    return (
      <>
        <h1>{s.listTitle}</h1>
        <p className="state state-access">
          {query.error ? `${t.states.error} ${query.error.message}` : s.detail.notFound}
        </p>
        <Link href={INTERVENTIONS_PATH}>{s.listTitle}</Link>
      </>
    );
  }
  return (
    <>
      <p>
        <Link href={INTERVENTIONS_PATH}>{s.listTitle}</Link>
      </p>
      <h1>
        {intervention.reference} – {intervention.organiser?.name}
      </h1>
      <dl className="intervention-facts">
        <dt>{s.columns.status}</dt>
        <dd data-testid="intervention-status">{s.statuses[intervention.status]}</dd>
        <dt>{s.columns.kind}</dt>
        <dd>{t.kinds[intervention.kind]}</dd>
        <dt>{s.columns.origin}</dt>
        <dd>{s.origins[intervention.origin]}</dd>
        <dt>{s.columns.office}</dt>
        <dd>{intervention.office?.town}</dd>
        <dt>{s.columns.organiser}</dt>
        <dd>
          {intervention.organiser?.name} ({intervention.organiser?.organisationNumber})
        </dd>
      </dl>
      <p className="version">{s.detail.version(intervention.version)}</p>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{s.detail.steps}</h2>
        <ol className="intervention-steps">
          {STEP_DATES.filter(([, field]) => intervention[field]).map(([status, field]) => (
            <li key={status}>
              {s.statuses[status]}: {String(intervention[field])}
            </li>
          ))}
        </ol>
        {intervention.mayChange ? (
          <LifecycleMoves intervention={intervention} onRefused={() => void query.refetch()} />
        ) : (
          <p>{s.readOnly}</p>
        )}
      </section>
      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">{s.detail.schools}</h2>
        {intervention.schools.length === 0 ? (
          <p>{s.detail.wholeOrganiser}</p>
        ) : (
          <ul>
            {intervention.schools.map((school) => (
              <li key={school.id}>
                {school.name} ({school.unitCode})
              </li>
            ))}
          </ul>
        )}
      </section>
      <FollowUps intervention={intervention} onRefused={() => void query.refetch()} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{s.detail.history}</h2>
        {intervention.history.length === 0 ? (
          <p>{s.detail.historyEmpty}</p>
        ) : (
          <ol className="intervention-history">
            {intervention.history.map((entry) => (
              <li key={entry.id}>
                {new Date(entry.at).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB')}:{' '}
                {entry.name ?? entry.subject} – {entry.action}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
