import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type Server } from "node:tls";
import { Client, GraphError, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Tenant } from "../../../simulator/world/types";
import { personaToken, tenantByHealth } from "./graph-helpers";

/**
 * The Graph SDK unchanged against the simulator. The SDK only attaches the bearer token (and only
 * parses @odata.nextLink as an absolute URL) for https URLs whose host is graph.microsoft.com or in
 * `customHosts` (GraphRequestUtil.isValidEndpoint / GraphRequest.parsePath look for "https://").
 * So the client talks TLS: a test-only TLS front hands decrypted sockets to the simulator's own
 * HTTP server, which then sees https and builds https nextLinks.
 */
let sim: Simulator;
let tenant: Tenant;
let token: string;
let front: Server;
let dir: string;
let httpsBase: string;
let previousTlsSetting: string | undefined;
const sockets = new Set<import("node:tls").TLSSocket>();

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
  token = await personaToken(sim, "technician", tenant);
  dir = mkdtempSync(join(tmpdir(), "graph-tls-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
  front = createServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    sim.app.server.emit("connection", socket);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  httpsBase = `https://127.0.0.1:${(front.address() as AddressInfo).port}/graph.microsoft.com`;
  // The front's certificate is self-signed; trust is not what this test is about.
  previousTlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
});

afterAll(async () => {
  if (previousTlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTlsSetting;
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => front.close(resolve));
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const client = (baseUrl: string) =>
  Client.initWithMiddleware({
    authProvider: { getAccessToken: async () => token },
    baseUrl,
    customHosts: new Set(["127.0.0.1"]),
  });

describe("@microsoft/microsoft-graph-client 3 against the simulator", () => {
  test("pages every user with PageIterator and transparently retries a 429 (Retry-After: 1)", async () => {
    sim.ctx.faults.add({ host: "graph", throttleRate: 1, count: 1, retryAfterSeconds: 1 });
    const since = sim.ctx.log.lastSeq;
    const graph = client(httpsBase);
    const first: PageCollection = await graph.api("/users").top(20).select("id,displayName").get();
    expect(first["@odata.nextLink"]).toMatch(new RegExp(`^${httpsBase}/v1.0/users\\?`));

    const ids: string[] = [];
    await new PageIterator(graph, first, (u: { id: string }) => {
      ids.push(u.id);
      return true;
    }).iterate();

    expect(new Set(ids).size).toBe(tenant.directory.users.size);
    const calls = sim.ctx.log.query({ host: "graph", op: "graph.users.list", sinceSeq: since });
    expect(calls[0]!.status).toBe(429);
    expect(calls.slice(1).every((c) => c.status === 200)).toBe(true);
    expect(calls.length).toBe(1 + Math.ceil(tenant.directory.users.size / 20));
  }, 30_000);

  test("advanced queries: ConsistencyLevel header, $count and $filter through the SDK's builders", async () => {
    const graph = client(httpsBase);
    const res = await graph.api("/users").header("ConsistencyLevel", "eventual").count(true).filter("accountEnabled eq false").select("id").top(999).get();
    const disabled = [...tenant.directory.users.values()].filter((u) => !u.accountEnabled).length;
    expect(res["@odata.count"]).toBe(disabled);
    expect(res.value).toHaveLength(disabled);
  });

  test("errors surface as GraphError with Graph's code, status and request id", async () => {
    const graph = client(httpsBase);
    const error = await graph.api("/users/00000000-0000-4000-8000-000000000000").get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 404, code: "Request_ResourceNotFound" });
    expect((error as GraphError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("over plain http the SDK withholds the token (customHosts only applies to https), so Graph answers 401", async () => {
    const graph = client(`${sim.url}/graph.microsoft.com`);
    const error = await graph.api("/users").get().catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken", message: "Access token is empty." });
  });
});
