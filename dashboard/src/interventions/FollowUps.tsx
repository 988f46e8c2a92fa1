import { useState } from 'react';
import {
  CompleteFollowUpDocument,
  RecordFollowUpDocument,
  type FollowUpAssessment,
  type InterventionDetailFragment,
} from '../gql/graphql';
import { useLanguage } from '../components/LanguageContext';
import { FormField } from './FormField';
import { useInterventionStrings } from './interventionStrings';
import { isDate, swedishToday, type FieldError } from './ruleErrors';
import { useRuleMutation } from './useRuleMutation';

const ASSESSMENTS: FollowUpAssessment[] = ['NO_EFFECT', 'SOME_EFFECT', 'CLEAR_EFFECT'];
type FollowUpRow = InterventionDetailFragment['followUps'][number];
/** Where a refusal of a stale version is told: at the plan form ('plan') or at one follow-up (its id). */
type StaleNotices = Record<string, FieldError>;

/**
 * The follow-ups, and for its office's staff: planning one, and completing a planned one. A plan names the
 * intervention's version the page shows, a completion the follow-up's, as the lifecycle moves do (issue #15); after
 * a refusal the page reads the intervention again. A stale version's notice is kept here, above the forms, so that
 * it stays when the new state takes the form away (a follow-up someone else completed), and each form keeps what
 * was typed in it.
 */
export function FollowUps({
  intervention,
  onRefused,
}: {
  intervention: InterventionDetailFragment;
  onRefused: () => void;
}) {
  const s = useInterventionStrings();
  const { t } = useLanguage();
  const [stale, setStale] = useState<StaleNotices>({});
  const told = (key: string) => (error: FieldError | null) => {
    setStale(({ [key]: _, ...others }) => (error ? { ...others, [key]: error } : others));
    if (error) onRefused();
  };
  return (
    <section aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{s.detail.followUps}</h2>
      {intervention.followUps.length === 0 ? (
        <p>{s.detail.noFollowUps}</p>
      ) : (
        <ul className="follow-ups">
          {intervention.followUps.map((followUp) => (
            <li key={followUp.id}>
              <p>
                {s.detail.dueOn} {followUp.dueOn}: {t.statuses[followUp.status]}
                {followUp.completedOn &&
                  ` – ${s.detail.completedOn} ${followUp.completedOn}, ${s.assessments[followUp.assessment!]}${followUp.nextStep ? `. ${s.detail.nextStep}: ${followUp.nextStep}` : ''}`}
              </p>
              <StaleNotice error={stale[followUp.id]} text={s.detail.staleFollowUp} />
              {intervention.mayChange && !followUp.completedOn && (
                <CompleteFollowUp followUp={followUp} onRefused={onRefused} onStale={told(followUp.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
      <StaleNotice error={stale.plan} text={s.detail.stalePlan} />
      {intervention.mayChange && ['ONGOING', 'COMPLETED', 'FOLLOWED_UP'].includes(intervention.status) && (
        <PlanFollowUp
          interventionId={intervention.id}
          version={intervention.version}
          onRefused={onRefused}
          onStale={told('plan')}
        />
      )}
    </section>
  );
}

function StaleNotice({ error, text }: { error: FieldError | undefined; text: string }) {
  const s = useInterventionStrings();
  if (!error) return null;
  return (
    <p className="form-error stale-notice" role="alert" data-code={error.code}>
      {text} {s.errors.serverSays} {error.message}
    </p>
  );
}

interface WriteProps {
  onRefused: () => void;
  /** Told the refusal of a stale version, or null once the form's write went through. */
  onStale: (error: FieldError | null) => void;
}

/** A refusal of a stale version is told above the form; any other is shown beside its field. */
function afterRefusal(errors: Record<string, FieldError>, { onRefused, onStale }: WriteProps) {
  if (errors.version) onStale(errors.version);
  else onRefused();
}

function PlanFollowUp({ interventionId, version, ...props }: { interventionId: string; version: number } & WriteProps) {
  const s = useInterventionStrings();
  const [dueOn, setDueOn] = useState('');
  const [touched, setTouched] = useState(false);
  const plan = useRuleMutation(RecordFollowUpDocument, {
    dueOn: 'dueOn',
    interventionId: 'form',
    expectedVersion: 'version',
  });
  const own = touched ? (dueOn === '' ? s.errors.required : !isDate(dueOn) ? s.errors.date : null) : null;
  const submit = async () => {
    setTouched(true);
    if (!isDate(dueOn)) return;
    const done = await plan.run({ input: { interventionId, dueOn }, expectedVersion: version }, (errors) =>
      afterRefusal(errors, props),
    );
    if (done) {
      props.onStale(null);
      setDueOn('');
      setTouched(false);
    }
  };
  return (
    <form aria-labelledby="plan-heading" onSubmit={(event) => (event.preventDefault(), void submit())} noValidate>
      <h3 id="plan-heading">{s.detail.planFollowUp}</h3>
      <FormField id="plan-due-on" label={s.detail.dueOn} error={own ?? plan.errors.dueOn ?? plan.errors.form}>
        {(fieldProps) => (
          <input {...fieldProps} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
        )}
      </FormField>
      <button type="submit" disabled={plan.saving}>
        {plan.saving ? s.form.saving : s.detail.plan}
      </button>
    </form>
  );
}

function CompleteFollowUp({ followUp, ...props }: { followUp: FollowUpRow } & WriteProps) {
  const s = useInterventionStrings();
  const [completedOn, setCompletedOn] = useState(swedishToday());
  const [assessment, setAssessment] = useState<FollowUpAssessment | ''>('');
  const [nextStep, setNextStep] = useState('');
  const [touched, setTouched] = useState(false);
  const complete = useRuleMutation(CompleteFollowUpDocument, {
    completedOn: 'completedOn',
    assessment: 'assessment',
    nextStep: 'nextStep',
    expectedVersion: 'version',
  });
  const ids = `complete-${followUp.id}`;
  const dateError = touched && !isDate(completedOn) ? s.errors.date : null;
  const assessmentError = touched && !assessment ? s.errors.required : null;
  const submit = async () => {
    setTouched(true);
    if (!isDate(completedOn) || !assessment) return;
    const done = await complete.run(
      {
        id: followUp.id,
        completedOn,
        assessment,
        nextStep: nextStep.trim() || null,
        expectedVersion: followUp.version,
      },
      (errors) => afterRefusal(errors, props),
    );
    if (done) props.onStale(null);
  };
  return (
    <form
      aria-label={`${s.detail.complete} ${followUp.dueOn}`}
      onSubmit={(event) => (event.preventDefault(), void submit())}
      noValidate
    >
      <FormField
        id={`${ids}-on`}
        label={s.detail.completedOn}
        error={dateError ?? complete.errors.completedOn ?? complete.errors.form}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="date"
            value={completedOn}
            onChange={(event) => setCompletedOn(event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${ids}-assessment`}
        label={s.detail.assessment}
        error={assessmentError ?? complete.errors.assessment}
      >
        {(fieldProps) => (
          <select
            {...fieldProps}
            value={assessment}
            onChange={(event) => setAssessment(event.target.value as FollowUpAssessment)}
          >
            <option value="">{s.detail.chooseAssessment}</option>
            {ASSESSMENTS.map((value) => (
              <option key={value} value={value}>
                {s.assessments[value]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${ids}-next`} label={s.detail.nextStep} error={complete.errors.nextStep}>
        {(fieldProps) => (
          <textarea {...fieldProps} value={nextStep} onChange={(event) => setNextStep(event.target.value)} />
        )}
      </FormField>
      <button type="submit" disabled={complete.saving}>
        {complete.saving ? s.form.saving : s.detail.complete}
      </button>
    </form>
  );
}
