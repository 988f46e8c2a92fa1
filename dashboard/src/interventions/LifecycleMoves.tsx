import { useState } from 'react';
import { MoveInterventionDocument, type InterventionDetailFragment, type InterventionStatus } from '../gql/graphql';
import { FormField } from './FormField';
import { useInterventionStrings } from './interventionStrings';
import { isDate, swedishToday } from './ruleErrors';
import { useRuleMutation } from './useRuleMutation';

/**
 * The moves the lifecycle allows from here (the server says which), each dated. The move names the version the
 * page shows, so a move made on a state someone else changed is refused (STALE_VERSION); after any refusal the
 * page reads the intervention again, so what is shown is what is stored.
 */
export function LifecycleMoves({
  intervention,
  onRefused,
}: {
  intervention: InterventionDetailFragment;
  onRefused: () => void;
}) {
  const s = useInterventionStrings();
  const [date, setDate] = useState(swedishToday());
  const [to, setTo] = useState<InterventionStatus | ''>('');
  const move = useRuleMutation(MoveInterventionDocument, { on: 'on', to: 'to', expectedVersion: 'form' });
  const dateError = date && !isDate(date) ? s.errors.date : null;
  if (intervention.nextStatuses.length === 0) return <p>{s.detail.noMoves}</p>;
  const submit = async (target: InterventionStatus) => {
    setTo(target);
    if (dateError) return;
    const done = await move.run({
      id: intervention.id,
      to: target,
      on: date || null,
      expectedVersion: intervention.version,
    });
    if (!done) onRefused();
  };
  return (
    <form className="lifecycle-moves" aria-label={s.detail.move} onSubmit={(event) => event.preventDefault()}>
      <FormField id="move-date" label={s.detail.moveDate} error={dateError ?? move.errors.on}>
        {(props) => <input {...props} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
      </FormField>
      <div className="move-buttons">
        {intervention.nextStatuses.map((status) => (
          <button key={status} type="button" disabled={move.saving} onClick={() => void submit(status)}>
            {s.moves[status]}
          </button>
        ))}
      </div>
      {(move.errors.to || move.errors.form) && (
        <p className="form-error" role="alert" data-code={(move.errors.to ?? move.errors.form)!.code}>
          {to && `${s.moves[to]}: `}
          {s.errors.byCode[(move.errors.to ?? move.errors.form)!.code] ?? ''} {s.errors.serverSays}{' '}
          {(move.errors.to ?? move.errors.form)!.message}
        </p>
      )}
    </form>
  );
}
