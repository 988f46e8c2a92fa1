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
import { isDate, swedishToday } from './ruleErrors';
import { useRuleMutation } from './useRuleMutation';

const ASSESSMENTS: FollowUpAssessment[] = ['NO_EFFECT', 'SOME_EFFECT', 'CLEAR_EFFECT'];
type FollowUpRow = InterventionDetailFragment['followUps'][number];

/** The follow-ups, and for its office's staff: planning one, and completing a planned one. */
export function FollowUps({ intervention }: { intervention: InterventionDetailFragment }) {
  const s = useInterventionStrings();
  const { t } = useLanguage();
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
              {intervention.mayChange && !followUp.completedOn && <CompleteFollowUp followUp={followUp} />}
            </li>
          ))}
        </ul>
      )}
      {intervention.mayChange && ['ONGOING', 'COMPLETED', 'FOLLOWED_UP'].includes(intervention.status) && (
        <PlanFollowUp interventionId={intervention.id} />
      )}
    </section>
  );
}

function PlanFollowUp({ interventionId }: { interventionId: string }) {
  const s = useInterventionStrings();
  const [dueOn, setDueOn] = useState('');
  const [touched, setTouched] = useState(false);
  const plan = useRuleMutation(RecordFollowUpDocument, { dueOn: 'dueOn', interventionId: 'form' });
  const own = touched ? (dueOn === '' ? s.errors.required : !isDate(dueOn) ? s.errors.date : null) : null;
  const submit = async () => {
    setTouched(true);
    if (!isDate(dueOn)) return;
    if (await plan.run({ input: { interventionId, dueOn } })) {
      setDueOn('');
      setTouched(false);
    }
  };
  return (
    <form aria-labelledby="plan-heading" onSubmit={(event) => (event.preventDefault(), void submit())} noValidate>
      <h3 id="plan-heading">{s.detail.planFollowUp}</h3>
      <FormField id="plan-due-on" label={s.detail.dueOn} error={own ?? plan.errors.dueOn ?? plan.errors.form}>
        {(props) => <input {...props} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />}
      </FormField>
      <button type="submit" disabled={plan.saving}>
        {plan.saving ? s.form.saving : s.detail.plan}
      </button>
    </form>
  );
}

function CompleteFollowUp({ followUp }: { followUp: FollowUpRow }) {
  const s = useInterventionStrings();
  const [completedOn, setCompletedOn] = useState(swedishToday());
  const [assessment, setAssessment] = useState<FollowUpAssessment | ''>('');
  const [nextStep, setNextStep] = useState('');
  const [touched, setTouched] = useState(false);
  const complete = useRuleMutation(CompleteFollowUpDocument, {
    completedOn: 'completedOn',
    assessment: 'assessment',
    nextStep: 'nextStep',
  });
  const ids = `complete-${followUp.id}`;
  const dateError = touched && !isDate(completedOn) ? s.errors.date : null;
  const assessmentError = touched && !assessment ? s.errors.required : null;
  const submit = async () => {
    setTouched(true);
    if (!isDate(completedOn) || !assessment) return;
    await complete.run({ id: followUp.id, completedOn, assessment, nextStep: nextStep.trim() || null });
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
        {(props) => (
          <input {...props} type="date" value={completedOn} onChange={(event) => setCompletedOn(event.target.value)} />
        )}
      </FormField>
      <FormField
        id={`${ids}-assessment`}
        label={s.detail.assessment}
        error={assessmentError ?? complete.errors.assessment}
      >
        {(props) => (
          <select
            {...props}
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
        {(props) => <textarea {...props} value={nextStep} onChange={(event) => setNextStep(event.target.value)} />}
      </FormField>
      <button type="submit" disabled={complete.saving}>
        {complete.saving ? s.form.saving : s.detail.complete}
      </button>
    </form>
  );
}
