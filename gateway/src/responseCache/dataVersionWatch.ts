/** What the gateway knows of the data versions at one moment. */
export interface DataVersionReading {
  /** Every subgraph's copy of every data version it holds, as one string: part of each cached answer's key. */
  key: string;
  /**
   * Whether every replica has caught up with its publisher. While one is behind, a figure computed from it is about
   * to change without any new write, so nothing is cached until they agree.
   */
  settled: boolean;
}

export interface DataVersionWatch {
  /** The versions now, or undefined when a subgraph did not tell (its answers then go uncached). */
  current(): Promise<DataVersionReading | undefined>;
  /** Forgets the last reading: after a write, the next request reads the versions anew. */
  forget(): void;
}

interface Reading {
  promise: Promise<DataVersionReading | undefined>;
  startedAt: number;
}

type VersionsOf = Record<string, number>;

/** Each subgraph answers a version read within this time, or the request goes uncached. */
const READ_TIMEOUT_MS = 2_000;

async function versionsOf(subgraphUrl: string): Promise<VersionsOf> {
  const response = await fetch(new URL('/data-versions', subgraphUrl), {
    signal: AbortSignal.timeout(READ_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${subgraphUrl} answered ${response.status}`);
  return ((await response.json()) as { versions: VersionsOf }).versions;
}

/** Whether every subgraph's copy of each publisher's version is the same. */
function settled(readings: VersionsOf[]): boolean {
  const seen = new Map<string, number>();
  for (const versions of readings) {
    for (const [publisher, version] of Object.entries(versions)) {
      if ((seen.get(publisher) ?? version) !== version) return false;
      seen.set(publisher, version);
    }
  }
  return true;
}

/**
 * Reads the data versions every subgraph holds (GET /data-versions: a publisher's own, and a subscriber's replica
 * of each other's), and trusts a settled reading for `trustMs`. That is the longest a write that no gateway sharing
 * this one's store counted (see answerStore.ts) can go unseen here; a counted write is seen at once, since it makes
 * the gateway forget its reading. Requests that arrive within `trustMs` of a reading's start share it, so
 * with 0 each request reads the versions itself.
 */
export function createDataVersionWatch(subgraphs: { name: string; url: string }[], trustMs: number): DataVersionWatch {
  let last: Reading | undefined;

  async function read(): Promise<DataVersionReading | undefined> {
    try {
      const readings = await Promise.all(subgraphs.map((subgraph) => versionsOf(subgraph.url)));
      const key = JSON.stringify(Object.fromEntries(subgraphs.map((subgraph, i) => [subgraph.name, readings[i]])));
      return { key, settled: settled(readings) };
    } catch {
      // A subgraph that is down or slow: its partial answers are served as before, uncached.
      return undefined;
    }
  }

  return {
    current() {
      const now = Date.now();
      if (last && now - last.startedAt <= trustMs) return last.promise;
      const reading: Reading = { promise: read(), startedAt: now };
      last = reading;
      // Only a settled reading is trusted for longer than the read itself: an unsettled one (or none) is read again
      // by the next request that arrives after it, so that caching resumes as soon as the replicas agree.
      void reading.promise.then((result) => {
        if (last === reading && !result?.settled) last = undefined;
      });
      return reading.promise;
    },
    forget() {
      last = undefined;
    },
  };
}
