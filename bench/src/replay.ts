import { chainDepth, predecessors } from './fetchOrder';
import { postJson } from './httpClient';
import type { RecordedFetch } from './recordingProxy';
import type { PlanSummary } from './results';
import { signedForBench } from './benchUser';

/** An operation's subgraph fetches, ready to be sent straight to the subgraphs in the order the gateway sent them. */
export interface ReplayPlan {
  fetches: (RecordedFetch & { url: string })[];
  /** For each fetch, the fetches whose answers it waits for. */
  waitsFor: number[][];
  depth: number;
}

export function replayPlan(recorded: RecordedFetch[], subgraphUrls: Record<string, string>): ReplayPlan {
  const fetches = [...recorded]
    .sort((a, b) => a.startMs - b.startMs)
    .map((fetch) => {
      const base = subgraphUrls[fetch.subgraph];
      if (!base) throw new Error(`No URL for the ${fetch.subgraph} subgraph to replay to.`);
      return { ...fetch, url: new URL(fetch.path, base).toString() };
    });
  const waitsFor = predecessors(fetches);
  return { fetches, waitsFor, depth: chainDepth(waitsFor) };
}

/** What the report keeps of a plan: how many fetches, to which subgraphs, how deep, and when each ran. */
export function describePlan(plan: ReplayPlan): PlanSummary {
  const perSubgraph: Record<string, number> = {};
  for (const fetch of plan.fetches) perSubgraph[fetch.subgraph] = (perSubgraph[fetch.subgraph] ?? 0) + 1;
  const origin = plan.fetches[0]?.startMs ?? 0;
  const ms = (value: number) => Number((value - origin).toFixed(2));
  return {
    fetches: plan.fetches.length,
    depth: plan.depth,
    perSubgraph,
    order: plan.fetches.map((fetch, i) => ({
      subgraph: fetch.subgraph,
      waitsFor: plan.waitsFor[i],
      requestBytes: fetch.body.length,
      responseBytes: fetch.responseBody.length,
      recordedStartMs: ms(fetch.startMs),
      recordedEndMs: ms(fetch.endMs),
    })),
  };
}

/**
 * Sends the plan's fetches straight to the subgraphs, each as soon as the fetches it waits for have their answers,
 * and checks that every answer is the size the gateway was given. Resolves when the last answer is in.
 */
export async function replayOnce(plan: ReplayPlan): Promise<void> {
  const done: Promise<void>[] = [];
  const send = async (index: number): Promise<void> => {
    await Promise.all(plan.waitsFor[index].map((before) => done[before]));
    const fetch = plan.fetches[index];
    // Signed afresh: a recorded signature expires after minutes, and the replays go on longer.
    const answer = await postJson(fetch.url, fetch.body, { ...fetch.headers, ...signedForBench(fetch.body) });
    if (answer.status !== fetch.status || answer.body.length !== fetch.responseBody.length) {
      throw new Error(
        `Replaying a fetch to ${fetch.subgraph} gave HTTP ${answer.status} with ${answer.body.length} bytes, where the ` +
          `gateway got HTTP ${fetch.status} with ${fetch.responseBody.length} bytes: ${answer.body.slice(0, 200)}`,
      );
    }
  };
  // Predecessors come earlier in the list, so each fetch's promise exists before a later one awaits it.
  plan.fetches.forEach((_fetch, index) => done.push(send(index)));
  await Promise.all(done);
}
