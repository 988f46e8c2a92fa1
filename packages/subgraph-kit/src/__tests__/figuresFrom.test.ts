import { ConfigError, figuresSource } from '../config';
import { fromRollupsOrLive } from '../figuresFrom';

// The planner every figure subgraph uses (issue #13): which requests the rollups answer, which go live, and the
// platform-wide switch that sends them all live.

const requests = [1, 2, 3, 4];
const covers = (n: number) => n % 2 === 0;

async function planned(env: string | undefined, rollupsLack: number[] = []) {
  const previous = process.env.FIGURES_FROM;
  if (env === undefined) delete process.env.FIGURES_FROM;
  else process.env.FIGURES_FROM = env;
  const asked: Record<'rollups' | 'live', number[][]> = { rollups: [], live: [] };
  try {
    const answers = await fromRollupsOrLive(requests, covers, {
      rollups: async (covered) => {
        asked.rollups.push(covered);
        return covered.map((n) => (rollupsLack.includes(n) ? undefined : `rollup ${n}`));
      },
      live: async (rest) => {
        asked.live.push(rest);
        return rest.map((n) => `live ${n}`);
      },
    });
    return { answers, asked };
  } finally {
    if (previous === undefined) delete process.env.FIGURES_FROM;
    else process.env.FIGURES_FROM = previous;
  }
}

test('covered requests come from the rollups in one call, the rest live in one more, in the order asked', async () => {
  const { answers, asked } = await planned(undefined);
  expect(answers).toEqual(['live 1', 'rollup 2', 'live 3', 'rollup 4']);
  expect(asked).toEqual({ rollups: [[2, 4]], live: [[1, 3]] });
});

test('a covered request the rollups turn out not to hold is computed live', async () => {
  const { answers, asked } = await planned('rollups', [4]);
  expect(answers).toEqual(['live 1', 'rollup 2', 'live 3', 'live 4']);
  expect(asked.live).toEqual([[1, 3, 4]]);
});

test('FIGURES_FROM=live computes every request live and never reads the rollups', async () => {
  const { answers, asked } = await planned('live');
  expect(answers).toEqual(['live 1', 'live 2', 'live 3', 'live 4']);
  expect(asked.rollups).toEqual([]);
});

test('a mistyped FIGURES_FROM is refused with a message that names the allowed values', () => {
  expect(() => figuresSource({ FIGURES_FROM: 'Live' })).toThrow(ConfigError);
  expect(() => figuresSource({ FIGURES_FROM: 'Live' })).toThrow(
    'FIGURES_FROM must be "rollups" or "live", not "Live".',
  );
  expect(figuresSource({})).toBe('rollups');
});
