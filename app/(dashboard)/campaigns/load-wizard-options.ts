import "server-only";
import type { WizardConnector } from "@/components/campaigns/wizard/connector-step";
import type { WizardList } from "@/components/campaigns/wizard/audience-step";
import type { WizardTemplate } from "@/components/campaigns/wizard/message-step";
import { listContactLists } from "@/lib/contacts";
import { listConnectors } from "@/lib/smpp";
import {
  getMergeFields,
  getTemplate,
  listTemplates,
  MAX_TEMPLATES_PER_PAGE,
  type MergeField,
} from "@/lib/templates";
import { NotFoundError } from "@/lib/errors";

export type WizardOptions = {
  lists: WizardList[];
  templates: WizardTemplate[];
  connectors: WizardConnector[];
  mergeFields: MergeField[];
};

/**
 * What the wizard offers: the lists with their sizes, the newest templates
 * (and the campaign's own, should it be older), the connectors with their
 * rates, and the merge tags for text written in the wizard.
 */
export async function loadWizardOptions(
  orgId: string,
  templateId: string | null = null,
): Promise<WizardOptions> {
  const [lists, templatePage, connectors, { fields }, own] = await Promise.all([
    listContactLists({ orgId }),
    listTemplates({ orgId, limit: MAX_TEMPLATES_PER_PAGE }),
    listConnectors({ orgId }),
    getMergeFields({ orgId }),
    templateId
      ? getTemplate({ orgId, templateId }).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        })
      : null,
  ]);
  const templates = templatePage.templates.map(({ id, name, body }) => ({ id, name, body }));
  if (own && !templates.some((template) => template.id === own.id)) {
    templates.push({ id: own.id, name: own.name, body: own.body });
  }
  return {
    lists: lists.map(({ id, name, memberCount }) => ({ id, name, memberCount })),
    templates: templates.sort((a, b) => a.name.localeCompare(b.name)),
    connectors: connectors.map(({ id, name, throughputPerSecond, binds, windowSize, enabled }) => ({
      id,
      name,
      throughputPerSecond,
      binds,
      windowSize,
      enabled,
    })),
    mergeFields: fields,
  };
}
