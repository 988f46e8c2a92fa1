import { parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { useRequestTimeout } from '../limits/requestTimeout';

// The whole-request time limit, on its own: an execution that does not finish in time is answered REQUEST_TIMEOUT.

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult>;

function executeWithTimeout(query: string, execute: Execute): Promise<ExecutionResult> {
  const plugin = useRequestTimeout({ queryMs: 50, mutationMs: 200 });
  let wrapped: Execute = execute;
  const args = { document: parse(query) } as ExecutionArgs;
  (plugin.onExecute as (payload: unknown) => void)({
    args,
    executeFn: execute,
    setExecuteFn: (fn: Execute) => (wrapped = fn),
  });
  return wrapped(args);
}

const after =
  (ms: number): Execute =>
  () =>
    new Promise((resolve) => setTimeout(() => resolve({ data: { nation: { name: 'Sverige' } } }), ms));

test('a query past its time limit is answered REQUEST_TIMEOUT; one within it, with its data', async () => {
  expect(await executeWithTimeout('{ nation { name } }', after(10))).toEqual({ data: { nation: { name: 'Sverige' } } });
  const late = await executeWithTimeout('{ nation { name } }', after(150));
  expect(late.errors?.map((error) => (error as { extensions?: { code?: string } }).extensions?.code)).toEqual([
    'REQUEST_TIMEOUT',
  ]);
});

test('a mutation has the longer limit', async () => {
  const answer = await executeWithTimeout('mutation { importSchools(fileBase64: "") { created } }', after(100));
  expect(answer.errors).toBeUndefined();
});
