// A small seeded PRNG, so that the same seed always gives the same data set. Math.random cannot be seeded.

// Math's functions are bound once here: under jest's sandbox every lookup of a global such as Math is slow, which
// made the tests' generation ten times slower than in plain Node.
const { imul, floor, sqrt, log, sin, cos, round, min, max, PI } = Math;

/** mulberry32: 32-bit state, fast, and good enough for synthetic data (not for anything cryptographic). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a seed and a stream name into a 32-bit PRNG seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  private readonly next: () => number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /**
   * One independent stream per generation step: adding a draw to one step must not shift every value drawn after
   * it in the other steps, or a small change to, say, the follow-ups would reshuffle all outcome values.
   */
  static stream(seed: number, name: string): Random {
    return new Random(hashString(`${seed}:${name}`));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[floor(this.next() * items.length)];
  }

  /** Picks a key of a table of relative weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** Normal deviate (Box–Muller, keeping the second value for the next call). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * spare;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const radius = sqrt(-2 * log(u));
    this.spareNormal = radius * sin(2 * PI * v);
    return mean + sd * radius * cos(2 * PI * v);
  }

  /** Exact for small n; the normal approximation above that keeps 1.5 million draws fast. */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n <= 40) {
      let count = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) count++;
      return count;
    }
    const draw = round(this.normal(n * p, sqrt(n * p * (1 - p))));
    return min(n, max(0, draw));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** Randomised rounding: 2.3 becomes 3 three times in ten, so that many small shares still add up. */
  round(value: number): number {
    const whole = floor(value);
    return whole + (this.next() < value - whole ? 1 : 0);
  }
}

/** Cumulative weights for repeated weighted picks from one long list (binary search instead of a linear scan). */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];
  private total = 0;

  constructor(entries: Iterable<[T, number]>) {
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      this.total += weight;
      this.cumulative.push(this.total);
      this.items.push(item);
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(random: Random): T {
    if (this.items.length === 0) throw new Error('Cannot pick from an empty list');
    const target = random.float() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] <= target) low = middle + 1;
      else high = middle;
    }
    return this.items[low];
  }
}
