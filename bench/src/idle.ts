import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function readStat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; the fields after its last ')' are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** CPU time (ticks) used so far by every process descending from `root`, the root itself left out. */
export function descendantTicks(root = process.pid): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const pending = [...(children.get(root) ?? [])];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    ticks += stats.get(pid)?.ticks ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return ticks;
}

/**
 * Waits until the processes the benchmark started (gateways, subgraphs, PostgreSQL) are idle: less than
 * `maxCores` of CPU over a window. A throughput run leaves up to 20 requests in flight when it stops, and a heavy
 * operation's leftovers keep the subgraphs busy for seconds, which the next measure must not pay for. Only the
 * benchmark's own processes are watched, so others' load on the machine does not hold it up. Bounded in time.
 */
export async function waitUntilIdle(
  options: { maxCores?: number; windowMs?: number; maxMs?: number } = {},
): Promise<{ waitedMs: number; idle: boolean }> {
  const { maxCores = 0.05, windowMs = 500, maxMs = 120_000 } = options;
  const started = Date.now();
  let before = descendantTicks();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = descendantTicks();
    const cores = (after - before) / TICKS_PER_SECOND / (windowMs / 1000);
    if (cores < maxCores) return { waitedMs: Date.now() - started, idle: true };
    before = after;
  }
  return { waitedMs: Date.now() - started, idle: false };
}
