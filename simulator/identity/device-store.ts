import { randomBytes, randomInt } from "node:crypto";
import type { SimContext } from "../core/context";

export const DEVICE_CODE_LIFETIME_S = 900;
export const DEVICE_POLL_INTERVAL_S = 5;

/** One device-code sign-in, from the device's request to the user's decision and redemption. */
export interface DeviceAuth {
  deviceCode: string;
  userCode: string;
  clientId: string;
  /** tenant named at /devicecode; null for common/organizations (tokens go to the user's home) */
  targetId: string | null;
  scope: string;
  expiresAt: number;
  status: "pending" | "approved" | "declined" | "redeemed";
  oid?: string;
  homeId?: string;
}

interface DeviceStore {
  byDevice: Map<string, DeviceAuth>;
  byUser: Map<string, DeviceAuth>;
}

function store(ctx: SimContext): DeviceStore {
  return ctx.store("identity.deviceCodes", () => ({ byDevice: new Map(), byUser: new Map() }));
}

const USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function startDeviceAuth(ctx: SimContext, o: Pick<DeviceAuth, "clientId" | "targetId" | "scope">): DeviceAuth {
  const s = store(ctx);
  let userCode = "";
  do userCode = Array.from({ length: 9 }, () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]).join("");
  while (s.byUser.has(userCode));
  const auth: DeviceAuth = {
    ...o, userCode, deviceCode: `DAQABIQEAAAB${randomBytes(96).toString("base64url")}`,
    expiresAt: ctx.clock.now() + DEVICE_CODE_LIFETIME_S * 1000, status: "pending",
  };
  s.byDevice.set(auth.deviceCode, auth);
  s.byUser.set(userCode, auth);
  return auth;
}

export function deviceByCode(ctx: SimContext, deviceCode: string): DeviceAuth | undefined {
  return store(ctx).byDevice.get(deviceCode);
}

/** Users type codes loosely: ignore case, spaces and dashes. */
export function deviceByUserCode(ctx: SimContext, userCode: string | undefined): DeviceAuth | undefined {
  return userCode ? store(ctx).byUser.get(userCode.toUpperCase().replace(/[\s-]/g, "")) : undefined;
}
