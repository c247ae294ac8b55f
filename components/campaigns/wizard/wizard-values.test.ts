import { describe, expect, it } from "vitest";
import { draftOf, newWizardValues, savedWizardValues } from "./wizard-values";

const saved = {
  name: "Spring sale",
  senderId: "RelayShop",
  listIds: ["l1"],
  templateId: null,
  body: "Hi {{firstName}}",
  connectorId: "c1",
  // 09:30 in Berlin (UTC+1 in winter).
  scheduledAt: new Date("2026-12-01T08:30:00Z"),
  timeZone: "Europe/Berlin",
  quietHours: { start: "22:00", end: "07:00" },
};

describe("wizard values", () => {
  it("start a new campaign on the first enabled connector with quiet hours 21:00–08:00", () => {
    const values = newWizardValues([
      { id: "off", enabled: false },
      { id: "on", enabled: true },
    ]);
    expect(values.connectorId).toBe("on");
    expect(values.quietHours).toBe(true);
    expect([values.quietStart, values.quietEnd]).toEqual(["21:00", "08:00"]);
  });

  it("put a saved schedule back on its own zone's clock, and give the same draft back", () => {
    const values = savedWizardValues(saved);
    expect(values).toMatchObject({
      when: "schedule",
      date: "2026-12-01",
      time: "09:30",
      timeZone: "Europe/Berlin",
    });
    expect(draftOf(values, "America/New_York")).toEqual({
      name: "Spring sale",
      senderId: "RelayShop",
      listIds: ["l1"],
      templateId: null,
      body: "Hi {{firstName}}",
      connectorId: "c1",
      schedule: { date: "2026-12-01", time: "09:30", timeZone: "Europe/Berlin" },
      quietHours: { start: "22:00", end: "07:00" },
    });
  });

  it("send the template or the text, never both, and the browser's zone when none was chosen", () => {
    const values = { ...savedWizardValues({ ...saved, templateId: "t1", scheduledAt: null }) };
    expect(values).toMatchObject({ source: "template", templateId: "t1", inlineBody: "", timeZone: null });
    expect(draftOf(values, "Europe/Paris")).toMatchObject({ templateId: "t1", body: "", schedule: null });
    const scheduled = {
      ...values,
      source: "inline" as const,
      inlineBody: "Hello",
      when: "schedule" as const,
    };
    expect(draftOf({ ...scheduled, date: "2026-12-02", time: "10:00" }, "Europe/Paris")).toMatchObject({
      templateId: null,
      body: "Hello",
      schedule: { date: "2026-12-02", time: "10:00", timeZone: "Europe/Paris" },
    });
  });
});
