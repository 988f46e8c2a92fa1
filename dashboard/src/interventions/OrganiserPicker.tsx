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
  const [searchOrganisers, organisers] = useLazyQuery(OrganiserSearchDocument);
  const [searchSchools, schools] = useLazyQuery(SchoolSearchDocument);
  const organiserHits = organisers.data?.organisers?.nodes;
  const schoolHits = schools.data?.schools?.nodes;
  return (
    <fieldset className="organiser-picker">
      <legend>{s.form.organiser}</legend>
      <SearchField
        id="organiser-search"
        label={s.form.search}
        hint={s.form.organiserHint}
        error={error}
        buttonText={s.form.search}
        onSearch={(search) => void searchOrganisers({ variables: { search } })}
      />
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
      <SearchField
        id="school-search"
        label={s.form.schoolSearch}
        hint={s.form.schoolHint}
        buttonText={`${s.form.search}: ${s.form.schools}`}
        onSearch={(search) => void searchSchools({ variables: { search } })}
      />
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

/** A search box that searches on Enter or its button, inside the form without submitting it. */
function SearchField({
  id,
  label,
  hint,
  error,
  buttonText,
  onSearch,
}: {
  id: string;
  label: string;
  hint: string;
  error?: FieldError | string | null;
  buttonText: string;
  onSearch: (term: string) => void;
}) {
  const [term, setTerm] = useState('');
  return (
    <>
      <FormField id={id} label={label} hint={hint} error={error}>
        {(props) => (
          <input
            {...props}
            type="search"
            value={term}
            onChange={(event) => setTerm(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onSearch(term);
              }
            }}
          />
        )}
      </FormField>
      <button type="button" onClick={() => onSearch(term)}>
        {buttonText}
      </button>
    </>
  );
}
