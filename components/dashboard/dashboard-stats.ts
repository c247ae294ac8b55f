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
