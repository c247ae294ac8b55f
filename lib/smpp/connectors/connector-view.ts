import type { BindMode } from "@/lib/db";

/**
 * A connector as pages, actions and the API see it. The password never
 * leaves the server: only whether one is set.
 */
export interface ConnectorView {
  id: string;
  name: string;
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  hasPassword: boolean;
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
  createdAt: Date;
  updatedAt: Date;
}

/** The columns a ConnectorView is made from (the password only to say whether there is one). */
export const CONNECTOR_COLUMNS = {
  id: true,
  name: true,
  host: true,
  port: true,
  tls: true,
  systemId: true,
  password: true,
  systemType: true,
  bindMode: true,
  binds: true,
  windowSize: true,
  throughputPerSecond: true,
  sourceTon: true,
  sourceNpi: true,
  destTon: true,
  destNpi: true,
  enquireLinkSeconds: true,
  responseTimeoutSeconds: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toConnectorView(
  record: Omit<ConnectorView, "hasPassword"> & { password: string },
): ConnectorView {
  const { password, ...rest } = record;
  return { ...rest, hasPassword: password !== "" };
}
