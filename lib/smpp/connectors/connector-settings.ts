import type { BindMode } from "@/lib/db";

/** Everything the worker needs to bind to a connector's SMSC, the password decrypted. Server only. */
export interface ConnectorSettings {
  id: string;
  orgId: string;
  name: string;
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  systemType: string;
  bindMode: BindMode;
  binds: number;
  windowSize: number;
  throughputPerSecond: number;
  sourceTon: number;
  sourceNpi: number;
  destTon: number;
  destNpi: number;
  enquireLinkSeconds: number;
  responseTimeoutSeconds: number;
  enabled: boolean;
}
