/** Timing and heap helpers for the benchmarks (run with --expose-gc). */
import { performance } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;

export function heapUsedMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Median and p95 of `rounds` runs of `query(i)` after a few warm-up runs. */
export function queryTimings(rounds: number, query: (round: number) => unknown): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) query(i);
  const samples = Array.from({ length: rounds }, (_, i) => timed(() => query(i)).ms);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

export const fixed = (value: number) => value.toFixed(1);

export class Targets {
  private readonly missed: string[] = [];
  check(label: string, value: number, max: number): void {
    const ok = value <= max;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label}: ${fixed(value)} (target ≤ ${max})`);
    if (!ok) this.missed.push(label);
  }
  exit(): void {
    if (this.missed.length) {
      console.error(`targets missed: ${this.missed.join(', ')}`);
      process.exit(1);
    }
  }
}
