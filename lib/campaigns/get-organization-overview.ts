import { db } from "@/lib/db";

export type OrganizationOverview = {
  contacts: number;
  campaignsSent: number;
  messagesDelivered: number;
  replies: number;
  hasTemplates: boolean;
  hasCampaigns: boolean;
};

const SENT_STATUSES = ["running", "paused", "completed"] as const;

/**
 * The dashboard's figures, from maintained counters (the organization's
 * contact count, each campaign's delivered and replied counters), never a
 * COUNT over contacts or messages.
 */
export async function getOrganizationOverview(options: { orgId: string }): Promise<OrganizationOverview> {
  const { orgId } = options;
  const [org, sent, totals, template, campaign] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { contactCount: true } }),
    db.campaign.count({ where: { orgId, status: { in: [...SENT_STATUSES] } } }),
    db.campaign.aggregate({ where: { orgId }, _sum: { deliveredCount: true, repliedCount: true } }),
    db.template.findFirst({ where: { orgId }, select: { id: true } }),
    db.campaign.findFirst({ where: { orgId }, select: { id: true } }),
  ]);
  return {
    contacts: org.contactCount,
    campaignsSent: sent,
    messagesDelivered: totals._sum.deliveredCount ?? 0,
    replies: totals._sum.repliedCount ?? 0,
    hasTemplates: template !== null,
    hasCampaigns: campaign !== null,
  };
}
