/**
 * The simulator's notion of "now". Tests advance it to make refresh tokens idle out,
 * GDAP relationships expire and secrets age without waiting real time.
 */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  iso(ms = this.now()): string {
    return new Date(ms).toISOString();
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("the clock only moves forward");
    this.offsetMs += ms;
  }

  get offset(): number {
    return this.offsetMs;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;
