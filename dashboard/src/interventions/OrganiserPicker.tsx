import { useLazyQuery } from '@apollo/client';
import { useState } from 'react';
import { OrganiserSearchDocument, SchoolSearchDocument, type OrganiserForFormQuery } from '../gql/graphql';
import { FormField } from './FormField';
import type { FieldError } from './ruleErrors';
import { useInterventionStrings } from './interventionStrings';

export type ChosenOrganiser = NonNullable<OrganiserForFormQuery['organiser']>;

/**
 * Finds the organiser by its name or organisation number, or through one of its schools by name or unit code
 * (choosing a school chooses its organiser and the school). Results are buttons, usable from the keyboard.
 */
export function OrganiserPicker({
  onChoose,
  error,
}: {
  onChoose: (organiser: ChosenOrganiser, schoolId: string | null) => void;
  error: FieldError | string | null | undefined;
}) {
  const s = useInterventionStrings();
  const [organiserTerm, setOrganiserTerm] = useState('');
  const [schoolTerm, setSchoolTerm] = useState('');
  const [searchOrganisers, organisers] = useLazyQuery(OrganiserSearchDocument);
  const [searchSchools, schools] = useLazyQuery(SchoolSearchDocument);
  const organiserHits = organisers.data?.organisers?.nodes;
  const schoolHits = schools.data?.schools?.nodes;
  return (
    <fieldset className="organiser-picker">
      <legend>{s.form.organiser}</legend>
      <FormField id="organiser-search" label={s.form.search} hint={s.form.organiserHint} error={error}>
        {(props) => (
          <input
            {...props}
            type="search"
            value={organiserTerm}
            onChange={(event) => setOrganiserTerm(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void searchOrganisers({ variables: { search: organiserTerm } });
              }
            }}
          />
        )}
      </FormField>
      <button type="button" onClick={() => void searchOrganisers({ variables: { search: organiserTerm } })}>
        {s.form.search}
      </button>
      {organiserHits && (
        <ul aria-live="polite" className="search-hits">
          {organiserHits.length === 0 && <li>{s.form.noMatches}</li>}
          {organiserHits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onChoose(hit, null)}>
                {s.form.choose}: {hit.name} ({hit.organisationNumber})
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormField id="school-search" label={s.form.schoolSearch} hint={s.form.schoolHint}>
        {(props) => (
          <input
            {...props}
            type="search"
            value={schoolTerm}
            onChange={(event) => setSchoolTerm(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void searchSchools({ variables: { search: schoolTerm } });
              }
            }}
          />
        )}
      </FormField>
      <button type="button" onClick={() => void searchSchools({ variables: { search: schoolTerm } })}>
        {s.form.search}: {s.form.schools}
      </button>
      {schoolHits && (
        <ul aria-live="polite" className="search-hits">
          {schoolHits.length === 0 && <li>{s.form.noMatches}</li>}
          {schoolHits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onChoose(hit.organiser, hit.id)}>
                {s.form.choose}: {hit.name} ({hit.unitCode}), {hit.organiser.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
