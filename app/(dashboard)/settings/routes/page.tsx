import type { Metadata } from "next";
import Link from "next/link";
import { RoutesPanel } from "@/components/settings/routes/routes-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { canManageRoutes, listConnectors, listRoutes } from "@/lib/smpp";
import { deleteRouteAction, moveRouteAction, saveRouteAction } from "./actions";

export const metadata: Metadata = { title: "Routes" };

/** Which connector single messages go through, by destination prefix, with fallbacks and live health. */
export default async function RoutesPage() {
  const session = await requireSession();
  const [routes, connectors] = await Promise.all([
    listRoutes({ orgId: session.orgId }),
    listConnectors({ orgId: session.orgId }),
  ]);
  return (
    <>
      <PageHeader
        title="Routes"
        description={
          <>
            Which connector single messages go through, by the start of the number, and where they go when it
            is down. <Link href="/settings#smpp">SMPP connectors</Link>
          </>
        }
      />
      <RoutesPanel
        routes={routes.map((route) => ({
          id: route.id,
          prefix: route.prefix,
          connectorId: route.connectorId,
          connectorName: route.connectorName,
          connectorEnabled: route.connectorEnabled,
          position: route.position,
          enabled: route.enabled,
          health: route.health,
        }))}
        connectors={connectors.map((connector) => ({
          id: connector.id,
          name: connector.name,
          enabled: connector.enabled,
        }))}
        actions={
          canManageRoutes(session.role)
            ? { save: saveRouteAction, move: moveRouteAction, remove: deleteRouteAction }
            : null
        }
        readAt={new Date().toISOString()}
      />
    </>
  );
}
