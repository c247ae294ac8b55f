import type { Metadata } from "next";
import { roleLabel } from "@/components/auth/role-label";
import { ConnectorsPanel } from "@/components/settings/connectors/connectors-panel";
import { KeywordSettingsForm } from "@/components/settings/keywords/keyword-settings-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { canManageKeywordSettings, getKeywordSettings } from "@/lib/messaging";
import { canManageConnectors, listConnectors, readConnectorStates } from "@/lib/smpp";
import { deleteConnectorAction, testConnectorAction } from "./connectors/actions";
import { saveKeywordSettingsAction } from "./keywords/actions";
import styles from "./settings.module.css";

export const metadata: Metadata = { title: "Settings" };

type SettingsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SettingsPage({ searchParams }: SettingsPageProps) {
  const session = await requireSession();
  const [{ added, saved }, connectors, keywordSettings] = await Promise.all([
    searchParams,
    listConnectors({ orgId: session.orgId }),
    getKeywordSettings({ orgId: session.orgId }),
  ]);
  // After the connector form: "?added=<id>" or "?saved=<id>" names the connector in a confirmation.
  const changed = connectors.find((connector) => connector.id === (added ?? saved));
  const states = await readConnectorStates(
    session.orgId,
    connectors.map((connector) => connector.id),
  );
  return (
    <>
      <PageHeader
        title="Settings"
        description={`How ${session.orgName} sends, who works in it, and how it connects.`}
      />
      <div className={styles.sections}>
        <SettingsSection
          id="organization"
          icon="building"
          title="Organization"
          description="Your workspace and your place in it. Sending defaults will be set here too: the sender ID your messages come from and the country assumed for numbers written without a country code."
        >
          <dl className={styles.facts}>
            <div className={styles.fact}>
              <dt>Name</dt>
              <dd>{session.orgName}</dd>
            </div>
            <div className={styles.fact}>
              <dt>Your role</dt>
              <dd>
                <Badge tone="accent">{roleLabel(session.role)}</Badge>
              </dd>
            </div>
            <div className={styles.fact}>
              <dt>Signed in as</dt>
              <dd className={styles.email}>{session.email}</dd>
            </div>
          </dl>
        </SettingsSection>

        <SettingsSection
          id="team"
          icon="team"
          title="Team"
          description="Here you will invite teammates and choose each person's role: owners and admins manage settings and members; members work with contacts, templates, campaigns and the inbox. Removing someone signs them out everywhere at once."
        />

        <SettingsSection
          id="api-keys"
          icon="key"
          title="API keys"
          description="Keys let your other systems create contacts, manage lists and run campaigns through the REST API. Each key is shown once, stored only as a fingerprint, and can be revoked at any time."
        >
          <nav aria-label="API keys and documentation" className={styles.apiLinks}>
            <ButtonLink href="/settings/api-keys" variant="secondary">
              Manage API keys
            </ButtonLink>
            <ButtonLink href="/developers" variant="ghost">
              API documentation
            </ButtonLink>
          </nav>
        </SettingsSection>

        <SettingsSection
          id="smpp"
          icon="server"
          title="SMPP connectors"
          layout="below"
          description="How Relay reaches your carriers' SMS centres over SMPP 3.4: host, account, binds and how many messages per second each connection may send. The state shows live whether the workers are bound."
        >
          <ConnectorsPanel
            connectors={connectors.map((connector) => ({
              id: connector.id,
              name: connector.name,
              host: connector.host,
              port: connector.port,
              tls: connector.tls,
              systemId: connector.systemId,
              bindMode: connector.bindMode,
              throughputPerSecond: connector.throughputPerSecond,
              windowSize: connector.windowSize,
              binds: connector.binds,
              enabled: connector.enabled,
            }))}
            states={states}
            actions={
              canManageConnectors(session.role)
                ? { test: testConnectorAction, delete: deleteConnectorAction }
                : null
            }
            saved={changed ? `${added ? "Added" : "Saved"} “${changed.name}”.` : null}
          />
        </SettingsSection>

        <SettingsSection
          id="routes"
          icon="compass"
          title="Routes"
          description="Which connector single messages (API sends, replies, confirmations) go through, by the start of the number, with fallbacks: when a connector's binds are down or it keeps answering system errors, traffic moves to the next route and comes back once it recovers."
        >
          <ButtonLink href="/settings/routes" variant="secondary">
            Manage routes
          </ButtonLink>
        </SettingsSection>

        <SettingsSection
          id="webhooks"
          icon="refresh"
          title="Webhooks"
          description="Endpoints of your systems that receive delivery reports (message.status) and replies (message.received) as signed POSTs, retried for about a day; each with its delivery log."
        >
          <ButtonLink href="/settings/webhooks" variant="secondary">
            Manage webhooks
          </ButtonLink>
        </SettingsSection>

        <SettingsSection
          id="keywords"
          icon="shield"
          title="Keywords and replies"
          description="Replies that are exactly one of these words act at once: an opt-out keyword such as STOP opts the number out, an opt-in keyword such as START opts it back in, and a help keyword such as HELP is answered with your help text. Each sends the matching reply once."
        >
          <KeywordSettingsForm
            initial={keywordSettings}
            saveAction={canManageKeywordSettings(session.role) ? saveKeywordSettingsAction : null}
          />
        </SettingsSection>
      </div>
    </>
  );
}
