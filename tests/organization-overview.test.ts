import { describe, expect, it } from "vitest";
import { getOrganizationOverview } from "@/lib/campaigns";
import { db } from "@/lib/db";
import { makeOrganization } from "./helpers/factories";

describe("organization overview", () => {
  it("reads the dashboard figures from the organization's own counters", async () => {
    const { org } = await makeOrganization();
    const other = await makeOrganization();
    await db.organization.update({ where: { id: org.id }, data: { contactCount: 1234 } });
    await db.template.create({ data: { orgId: org.id, name: "Welcome", body: "Hi {{firstName}}" } });
    const base = { orgId: org.id, senderId: "Relay", body: "Hi" };
    await db.campaign.createMany({
      data: [
        { ...base, name: "Done", status: "completed", deliveredCount: 90, repliedCount: 4 },
        { ...base, name: "Going", status: "running", deliveredCount: 10, repliedCount: 1 },
        { ...base, name: "Draft", status: "draft" },
      ],
    });
    await db.campaign.create({
      data: {
        orgId: other.org.id,
        senderId: "X",
        body: "x",
        name: "Theirs",
        status: "completed",
        deliveredCount: 500,
      },
    });

    expect(await getOrganizationOverview({ orgId: org.id })).toEqual({
      contacts: 1234,
      campaignsSent: 2,
      messagesDelivered: 100,
      replies: 5,
      hasTemplates: true,
      hasCampaigns: true,
    });
    expect(await getOrganizationOverview({ orgId: other.org.id })).toMatchObject({
      contacts: 0,
      campaignsSent: 1,
      messagesDelivered: 500,
      hasTemplates: false,
    });
  });
});
