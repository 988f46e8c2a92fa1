import { QueryFailedError } from 'typeorm';
import { asDuplicateError, notFound } from '../services/commandErrors';

const uniqueViolation = (constraint: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key value'), { code: '23505', constraint }));

test('a natural key that another writer took in between is a DUPLICATE of the field it guards', () => {
  expect(asDuplicateError(uniqueViolation('intervention_reference_key'))).toMatchObject({
    extensions: { code: 'DUPLICATE', field: 'reference' },
  });
  expect(asDuplicateError(uniqueViolation('follow_up_intervention_id_due_on_key'))).toMatchObject({
    extensions: { code: 'DUPLICATE', field: 'dueOn' },
  });
});

test('any other failure is passed on as it is', () => {
  const other = uniqueViolation('some_other_key');
  expect(asDuplicateError(other)).toBe(other);
  const plain = new Error('connection lost');
  expect(asDuplicateError(plain)).toBe(plain);
});

test('NOT_FOUND names the id and the field', () => {
  expect(notFound('follow-up', 'abc')).toMatchObject({
    message: 'id: there is no follow-up with the id abc.',
    extensions: { code: 'NOT_FOUND', field: 'id' },
  });
});
