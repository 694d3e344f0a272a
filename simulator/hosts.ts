import type { HostAdapter } from "./core/host";
import { exchangeHost } from "./exchange";
import { graphHost } from "./graph";
import { identityHost } from "./identity";
import { partnerCenterHost } from "./partner-center";

/** The four Microsoft hosts the simulator speaks for, each under `/<host name>`. */
export const hosts: HostAdapter[] = [identityHost, graphHost, partnerCenterHost, exchangeHost];
