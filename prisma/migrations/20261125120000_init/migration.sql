-- The whole domain, first cut. Written by hand to match prisma/schema.prisma;
-- tests/schema-drift.test.ts checks the two agree.

CREATE TYPE "Role" AS ENUM ('owner', 'admin', 'member');
CREATE TYPE "ImportStatus" AS ENUM ('pending', 'running', 'completed', 'failed');
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled', 'failed');
CREATE TYPE "MessageDirection" AS ENUM ('outbound', 'inbound');
CREATE TYPE "MessageStatus" AS ENUM ('queued', 'sending', 'submitted', 'unknown', 'delivered', 'undelivered', 'expired', 'rejected', 'failed', 'cancelled', 'skipped', 'received');
CREATE TYPE "BindMode" AS ENUM ('transceiver', 'transmitter_receiver');

CREATE TABLE "organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "helpText" TEXT NOT NULL DEFAULT 'Reply STOP to opt out. Msg&data rates may apply.',
    "optOutConfirmation" TEXT NOT NULL DEFAULT 'You have been unsubscribed and will receive no more messages. Reply START to resubscribe.',
    "optInConfirmation" TEXT NOT NULL DEFAULT 'You are subscribed again. Reply STOP to opt out.',
    "appendOptOutText" BOOLEAN NOT NULL DEFAULT false,
    "defaultCountry" CHAR(2) NOT NULL DEFAULT 'DE',
    "defaultTimeZone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"("slug");

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "memberships_orgId_userId_key" ON "memberships"("orgId", "userId");
CREATE INDEX "memberships_userId_idx" ON "memberships"("userId");

CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" UUID,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_keys_keyHash_key" ON "api_keys"("keyHash");
CREATE INDEX "api_keys_orgId_idx" ON "api_keys"("orgId");

CREATE TABLE "contacts" (
    "id" BIGSERIAL NOT NULL,
    "orgId" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "timeZone" TEXT,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "optedOutAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "contacts_orgId_phone_key" ON "contacts"("orgId", "phone");
CREATE INDEX "contacts_orgId_id_idx" ON "contacts"("orgId", "id");

CREATE TABLE "contact_lists" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_lists_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "contact_lists_orgId_name_key" ON "contact_lists"("orgId", "name");

CREATE TABLE "contact_list_members" (
    "listId" UUID NOT NULL,
    "contactId" BIGINT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_list_members_pkey" PRIMARY KEY ("listId", "contactId")
);
CREATE INDEX "contact_list_members_contactId_idx" ON "contact_list_members"("contactId");

CREATE TABLE "contact_imports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "listId" UUID,
    "createdById" UUID,
    "fileName" TEXT NOT NULL,
    "fileBytes" BIGINT NOT NULL DEFAULT 0,
    "status" "ImportStatus" NOT NULL DEFAULT 'pending',
    "options" JSONB NOT NULL DEFAULT '{}',
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "invalid" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_imports_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "contact_imports_orgId_createdAt_idx" ON "contact_imports"("orgId", "createdAt");

CREATE TABLE "contact_import_errors" (
    "id" BIGSERIAL NOT NULL,
    "importId" UUID NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "contact_import_errors_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "contact_import_errors_importId_lineNumber_idx" ON "contact_import_errors"("importId", "lineNumber");

CREATE TABLE "templates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "templates_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "templates_orgId_name_key" ON "templates"("orgId", "name");

CREATE TABLE "smpp_connectors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL DEFAULT 2775,
    "systemId" TEXT NOT NULL,
    "password" TEXT NOT NULL,
    "systemType" TEXT NOT NULL DEFAULT '',
    "bindMode" "BindMode" NOT NULL DEFAULT 'transceiver',
    "binds" INTEGER NOT NULL DEFAULT 1,
    "windowSize" INTEGER NOT NULL DEFAULT 10,
    "throughputPerSecond" INTEGER NOT NULL DEFAULT 50,
    "sourceTon" INTEGER NOT NULL DEFAULT 5,
    "sourceNpi" INTEGER NOT NULL DEFAULT 0,
    "destTon" INTEGER NOT NULL DEFAULT 1,
    "destNpi" INTEGER NOT NULL DEFAULT 1,
    "enquireLinkSeconds" INTEGER NOT NULL DEFAULT 30,
    "responseTimeoutSeconds" INTEGER NOT NULL DEFAULT 30,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "smpp_connectors_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "smpp_connectors_orgId_name_key" ON "smpp_connectors"("orgId", "name");

CREATE TABLE "campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "senderId" TEXT NOT NULL,
    "templateId" UUID,
    "body" TEXT NOT NULL,
    "connectorId" UUID,
    "scheduledAt" TIMESTAMPTZ(3),
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "quietHoursStart" INTEGER,
    "quietHoursEnd" INTEGER,
    "createdById" UUID,
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "deliveredCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "expiredCount" INTEGER NOT NULL DEFAULT 0,
    "optedOutCount" INTEGER NOT NULL DEFAULT 0,
    "repliedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "campaigns_orgId_createdAt_idx" ON "campaigns"("orgId", "createdAt");
CREATE INDEX "campaigns_status_scheduledAt_idx" ON "campaigns"("status", "scheduledAt");

CREATE TABLE "campaign_lists" (
    "campaignId" UUID NOT NULL,
    "listId" UUID NOT NULL,
    CONSTRAINT "campaign_lists_pkey" PRIMARY KEY ("campaignId", "listId")
);
CREATE INDEX "campaign_lists_listId_idx" ON "campaign_lists"("listId");

CREATE TABLE "messages" (
    "id" BIGSERIAL NOT NULL,
    "orgId" UUID NOT NULL,
    "campaignId" UUID,
    "contactId" BIGINT,
    "conversationId" UUID,
    "direction" "MessageDirection" NOT NULL,
    "status" "MessageStatus" NOT NULL,
    "phone" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "body" TEXT,
    "encoding" TEXT,
    "segments" INTEGER NOT NULL DEFAULT 1,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "smscMessageId" TEXT,
    "submitAttempts" INTEGER NOT NULL DEFAULT 0,
    "errorCode" INTEGER,
    "errorReason" TEXT,
    "clientReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "finalAt" TIMESTAMPTZ(3),
    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "messages_campaignId_contactId_key" ON "messages"("campaignId", "contactId");
CREATE INDEX "messages_smscMessageId_idx" ON "messages"("smscMessageId");
CREATE INDEX "messages_campaignId_status_idx" ON "messages"("campaignId", "status");
CREATE INDEX "messages_conversationId_id_idx" ON "messages"("conversationId", "id");
CREATE INDEX "messages_orgId_id_idx" ON "messages"("orgId", "id");

CREATE TABLE "conversations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgId" UUID NOT NULL,
    "contactId" BIGINT NOT NULL,
    "lastMessageAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMessagePreview" TEXT NOT NULL DEFAULT '',
    "unreadCount" INTEGER NOT NULL DEFAULT 0,
    "lastCampaignId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "conversations_contactId_key" ON "conversations"("contactId");
CREATE INDEX "conversations_orgId_lastMessageAt_idx" ON "conversations"("orgId", "lastMessageAt");

ALTER TABLE "memberships" ADD CONSTRAINT "memberships_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_lists" ADD CONSTRAINT "contact_lists_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_listId_fkey" FOREIGN KEY ("listId") REFERENCES "contact_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_listId_fkey" FOREIGN KEY ("listId") REFERENCES "contact_lists"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact_import_errors" ADD CONSTRAINT "contact_import_errors_importId_fkey" FOREIGN KEY ("importId") REFERENCES "contact_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "templates" ADD CONSTRAINT "templates_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "smpp_connectors" ADD CONSTRAINT "smpp_connectors_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "templates"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "smpp_connectors"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "campaign_lists" ADD CONSTRAINT "campaign_lists_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "campaign_lists" ADD CONSTRAINT "campaign_lists_listId_fkey" FOREIGN KEY ("listId") REFERENCES "contact_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "conversations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
