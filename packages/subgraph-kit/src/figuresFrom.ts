import { figuresSource } from './config';

// Where the default shapes of figures come from (issue #13): the additive rollups, or, with FIGURES_FROM=live (a
// diagnostic, see figuresSource), the live statements over the replicas and raw rows. One planner for every
// subgraph that keeps rollups, so that the switch holds for the whole platform.

/**
 * The answers of each request: those whose shape the rollups cover (`covers`) read from them in one statement
 * (`fromRollups`), the others, and any the rollups turned out not to hold (`rollups` answers undefined for it),
 * in one live statement (`live`). With FIGURES_FROM=live every request goes to the live statement.
 */
export async function fromRollupsOrLive<Request, Answer>(
  requests: readonly Request[],
  covers: (request: Request) => boolean,
  statements: {
    rollups: (covered: Request[]) => Promise<(Answer | undefined)[]>;
    live: (rest: Request[]) => Promise<Answer[]>;
  },
): Promise<Answer[]> {
  const answers: (Answer | undefined)[] = new Array(requests.length);
  const covered = figuresSource() === 'rollups' ? requests.flatMap((request, i) => (covers(request) ? [i] : [])) : [];
  if (covered.length > 0) {
    (await statements.rollups(covered.map((i) => requests[i]))).forEach((answer, i) => (answers[covered[i]] = answer));
  }
  const live = requests.flatMap((_, i) => (answers[i] === undefined ? [i] : []));
  if (live.length > 0) {
    (await statements.live(live.map((i) => requests[i]))).forEach((answer, i) => (answers[live[i]] = answer));
  }
  return answers as Answer[];
}
