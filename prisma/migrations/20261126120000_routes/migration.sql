-- Routes choose the connector a single message goes through by the
-- destination's prefix (digits of the E.164 number without "+"; '' matches
-- every number), with an ordered fallback among the routes of one prefix.
CREATE TABLE "routes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "prefix" TEXT NOT NULL,
    "connectorId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "routes_pkey" PRIMARY KEY ("id"),
    -- The domain checks these too, with messages; the database keeps them true whatever writes.
    CONSTRAINT "routes_prefix_digits" CHECK ("prefix" ~ '^[0-9]{0,15}$'),
    CONSTRAINT "routes_position_positive" CHECK ("position" >= 1)
);
CREATE UNIQUE INDEX "routes_orgId_prefix_connectorId_key" ON "routes"("orgId", "prefix", "connectorId");
CREATE INDEX "routes_orgId_prefix_position_idx" ON "routes"("orgId", "prefix", "position");
ALTER TABLE "routes" ADD CONSTRAINT "routes_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "routes" ADD CONSTRAINT "routes_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "smpp_connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The connector and route a message was submitted through. Only single
-- messages set them today, so the indexes that keep a connector's or a
-- route's deletion (ON DELETE SET NULL) from scanning every message leave
-- the other rows out, and campaign sends pay no index insertion for them.
ALTER TABLE "messages" ADD COLUMN "connectorId" UUID;
ALTER TABLE "messages" ADD COLUMN "routeId" UUID;
ALTER TABLE "messages" ADD CONSTRAINT "messages_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "smpp_connectors"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "routes"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "messages_connectorId_idx" ON "messages"("connectorId") WHERE "connectorId" IS NOT NULL;
CREATE INDEX "messages_routeId_idx" ON "messages"("routeId") WHERE "routeId" IS NOT NULL;
