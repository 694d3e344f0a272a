import { Clock } from "./clock";
import { FaultStore } from "./faults";
import { deriveSigningKey, type SigningKey } from "./keys";
import { RequestLog } from "./request-log";
import { TokenService } from "./tokens";
import { generateWorld } from "../world/generate";
import type { World } from "../world/types";

export interface SimOptions {
  seed: string;
  tenants: number;
}

/**
 * Everything the host modules share. The world is replaced on reseed, so modules read
 * `ctx.world` per request and never capture it.
 */
export class SimContext {
  readonly clock = new Clock();
  readonly log = new RequestLog();
  readonly faults: FaultStore;
  world!: World;
  key!: SigningKey;
  tokens!: TokenService;
  options!: SimOptions;
  /** refresh-token ids revoked through the control API */
  readonly revokedRefreshTokens = new Set<string>();
  private stores = new Map<string, unknown>();

  constructor(options: SimOptions) {
    this.faults = new FaultStore(options.seed);
    this.reseed(options);
  }

  reseed(options: SimOptions): void {
    if (!this.key || this.options.seed !== options.seed) {
      this.key = deriveSigningKey(options.seed);
      this.tokens = new TokenService(this.key, this.clock, options.seed);
    }
    this.options = options;
    this.world = generateWorld({ seed: options.seed, tenants: options.tenants, epochMs: this.clock.now() });
    this.revokedRefreshTokens.clear();
    this.stores.clear();
  }

  /** Per-module mutable state (auth codes, device codes…) that a reseed discards. */
  store<T>(name: string, init: () => T): T {
    if (!this.stores.has(name)) this.stores.set(name, init());
    return this.stores.get(name) as T;
  }
}
