/** The figures on the dashboard, for the signed-in user's organization. */
export type DashboardStats = {
  contacts: number;
  campaignsSent: number;
  messagesDelivered: number;
  replies: number;
};

/** What the first steps on the dashboard know about the organization. */
export type GettingStartedProgress = {
  hasContacts: boolean;
  hasTemplates: boolean;
  hasCampaigns: boolean;
};

/** What all of the organization's campaigns add up to (lib/campaigns' CampaignTotals). */
export type CampaignTotalsData = {
  campaigns: number;
  sent: number;
  delivered: number;
  deliveryRate: number | null;
};
