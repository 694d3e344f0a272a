import type { NextConfig } from "next";

// Server-only packages that must be required from node_modules at runtime rather than bundled:
// they load native/wasm files by path, spawn workers, or pick engines dynamically, which breaks
// when Turbopack inlines them into a route chunk.
const serverExternalPackages = [
  "@azure/msal-node",
  "pg",
  "pg-boss",
  "@electric-sql/pglite",
  "@electric-sql/pglite-socket",
  "pglite-prisma-adapter",
  "@prisma/client",
  "@prisma/adapter-pg",
  "@prisma/driver-adapter-utils",
  "@prisma/schema-engine-wasm",
];

const nextConfig: NextConfig = {
  serverExternalPackages,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
