import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { navigate, useUrl } from '../app/router';
import { useLanguage } from '../components/LanguageContext';
import { useSession } from '../components/SessionContext';
import {
  CreateInterventionDocument,
  OrganiserForFormDocument,
  type InterventionKind,
  type InterventionOrigin,
} from '../gql/graphql';
import { FormField } from './FormField';
import { interventionHref } from './InterventionListPage';
import { OrganiserPicker, type ChosenOrganiser } from './OrganiserPicker';
import { useInterventionStrings } from './interventionStrings';
import { ORIGINS } from './interventionUrl';
import { isDate, swedishToday } from './ruleErrors';
import { useRuleMutation } from './useRuleMutation';

const REFERENCE = /^[A-Za-z]{3}-\d{4}-\d+$/;

/**
 * Records a new intervention for the signed-in staff's office. The work list opens it prefilled
 * (?huvudman=…&skola=…&ursprung=OUTREACH&kontor=…). A regional manager reaches it only that way, to plan outreach
 * recorded by the office the link names (the office covering the school; the server checks it), with no other
 * origin offered. What was typed stays when the server refuses, and the request key, made once per form, makes a
 * repeated submit record one intervention.
 */
export default function NewInterventionPage() {
  const { t } = useLanguage();
  const s = useInterventionStrings();
  const { user } = useSession();
  const params = new URLSearchParams(useUrl().search);
  const prefilledOrganiser = params.get('huvudman');
  const prefilledSchool = params.get('skola');
  const [organiser, setOrganiser] = useState<ChosenOrganiser | null>(null);
  const [schoolIds, setSchoolIds] = useState<string[]>(prefilledSchool ? [prefilledSchool] : []);
  const [kind, setKind] = useState<InterventionKind | ''>('');
  const [origin, setOrigin] = useState<InterventionOrigin | ''>((params.get('ursprung') as InterventionOrigin) ?? '');
  const [reference, setReference] = useState('');
  const [identifiedOn, setIdentifiedOn] = useState(swedishToday());
  const [submitted, setSubmitted] = useState(false);
  const [requestKey] = useState(() => crypto.randomUUID());
  const prefill = useQuery(OrganiserForFormDocument, {
    variables: { id: prefilledOrganiser ?? '' },
    skip: !prefilledOrganiser || organiser !== null,
  });
  const chosen = organiser ?? prefill.data?.organiser ?? null;
  const create = useRuleMutation(CreateInterventionDocument);
  const plansOutreach = user?.role === 'regional' && !!prefilledOrganiser && !!prefilledSchool;
  const officeId = user?.role === 'office' ? user.office : plansOutreach ? params.get('kontor') : null;
  const origins = plansOutreach ? (['OUTREACH'] as const) : ORIGINS;
  if (!officeId) {
    return (
      <>
        <h1>{s.form.title}</h1>
        <p className="state state-access">{s.readOnly}</p>
      </>
    );
  }

  const own = {
    organiserId: chosen ? null : s.errors.chooseOrganiser,
    kind: kind ? null : s.errors.required,
    origin: origin ? null : s.errors.required,
    reference: reference && !REFERENCE.test(reference.trim()) ? s.errors.reference : null,
    identifiedOn: !isDate(identifiedOn) ? s.errors.date : identifiedOn > swedishToday() ? s.errors.future : null,
  };
  const shown = (field: keyof typeof own) => (submitted ? own[field] : null) ?? create.errors[field];
  const submit = async () => {
    setSubmitted(true);
    if (Object.values(own).some(Boolean) || !chosen || !kind || !origin) return;
    const done = await create.run({
      input: {
        organiserId: chosen.id,
        schoolIds,
        officeId,
        kind,
        origin,
        identifiedOn,
        reference: reference.trim() || null,
        requestKey,
      },
    });
    if (done) navigate(interventionHref(done.createIntervention.id));
  };
  const choose = (next: ChosenOrganiser, schoolId: string | null) => {
    setOrganiser(next);
    setSchoolIds(schoolId ? [schoolId] : []);
  };
  return (
    <>
      <h1>{s.form.title}</h1>
      {prefilledOrganiser && <p>{s.form.prefilled}</p>}
      <form onSubmit={(event) => (event.preventDefault(), void submit())} noValidate aria-label={s.form.title}>
        {submitted && Object.values(own).some(Boolean) && (
          <p className="form-error" role="alert">
            {s.errors.summary}
          </p>
        )}
        {create.errors.form && (
          <p className="form-error" role="alert" data-code={create.errors.form.code}>
            {s.errors.byCode[create.errors.form.code] ?? ''} {s.errors.serverSays} {create.errors.form.message}
          </p>
        )}
        <OrganiserPicker onChoose={choose} error={shown('organiserId')} />
        {chosen && (
          <fieldset>
            <legend>
              {s.form.schools}: {chosen.name} ({chosen.organisationNumber})
            </legend>
            <p className="form-hint">{s.form.schoolHint}</p>
            {chosen.schools.map((school) => (
              <label key={school.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={schoolIds.includes(school.id)}
                  onChange={(event) =>
                    setSchoolIds(
                      event.target.checked ? [...schoolIds, school.id] : schoolIds.filter((id) => id !== school.id),
                    )
                  }
                />
                {school.name} ({school.unitCode})
              </label>
            ))}
            {create.errors.schoolIds && (
              <p className="form-error" data-code={create.errors.schoolIds.code}>
                {s.errors.byCode[create.errors.schoolIds.code]} {s.errors.serverSays} {create.errors.schoolIds.message}
              </p>
            )}
          </fieldset>
        )}
        <FormField id="kind" label={s.form.kind} error={shown('kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(event) => setKind(event.target.value as InterventionKind)}>
              <option value="">–</option>
              {Object.entries(t.kinds).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="origin" label={s.form.origin} error={shown('origin')}>
          {(props) => (
            <select {...props} value={origin} onChange={(event) => setOrigin(event.target.value as InterventionOrigin)}>
              <option value="">–</option>
              {origins.map((value) => (
                <option key={value} value={value}>
                  {s.origins[value]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="reference" label={s.form.reference} error={shown('reference')}>
          {(props) => <input {...props} value={reference} onChange={(event) => setReference(event.target.value)} />}
        </FormField>
        <FormField id="identified-on" label={s.form.identifiedOn} error={shown('identifiedOn')}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={identifiedOn}
              onChange={(event) => setIdentifiedOn(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" disabled={create.saving}>
          {create.saving ? s.form.saving : s.form.submit}
        </button>
      </form>
    </>
  );
}
