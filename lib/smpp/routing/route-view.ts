import type { ConnectorHealth } from "../connector-health-circuit";

/** A route as pages and actions see it, with its connector's name and live health. */
export interface RouteView {
  id: string;
  /** Digits without "+"; "" is the default route (every destination). */
  prefix: string;
  connectorId: string;
  connectorName: string;
  connectorEnabled: boolean;
  /** 1 = tried first among the routes of its prefix. */
  position: number;
  enabled: boolean;
  health: ConnectorHealth;
  createdAt: Date;
  updatedAt: Date;
}

/** A route as it is stored, before health is read. */
export type StoredRoute = Omit<RouteView, "health">;

export const ROUTE_COLUMNS = {
  id: true,
  prefix: true,
  connectorId: true,
  position: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
  connector: { select: { name: true, enabled: true } },
} as const;

export function toStoredRoute(record: {
  id: string;
  prefix: string;
  connectorId: string;
  position: number;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  connector: { name: string; enabled: boolean };
}): StoredRoute {
  const { connector, ...route } = record;
  return { ...route, connectorName: connector.name, connectorEnabled: connector.enabled };
}
