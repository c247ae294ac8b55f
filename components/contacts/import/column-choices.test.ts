import { describe, expect, it } from "vitest";
import { columnLabels, guessColumnChoices, toCustomFieldName } from "./column-choices";

describe("guessColumnChoices", () => {
  it("maps English and German headers to the built-in fields", () => {
    const labels = ["Handy", "Vorname", "Nachname", "E-Mail", "Zeitzone", "Plan"];
    expect(guessColumnChoices(labels).map((choice) => choice.field)).toEqual([
      "phone",
      "firstName",
      "lastName",
      "email",
      "timeZone",
      "custom",
    ]);
  });

  it("reads snake_case and camelCase headers", () => {
    const labels = ["mobile_number", "first_name", "lastName", "Time zone", "msisdn"];
    expect(guessColumnChoices(labels).map((choice) => choice.field)).toEqual([
      "phone",
      "firstName",
      "lastName",
      "timeZone",
      "custom",
    ]);
  });

  it("gives each built-in field to the first column only", () => {
    const choices = guessColumnChoices(["Phone", "Telefon", "Email", "email"]);
    expect(choices).toEqual([
      { field: "phone", customName: "phone" },
      { field: "custom", customName: "telefon" },
      { field: "email", customName: "email" },
      { field: "custom", customName: "email_2" },
    ]);
  });

  it("reads the short forms TZ and Tel.", () => {
    expect(guessColumnChoices(["TZ"])[0]?.field).toBe("timeZone");
    expect(guessColumnChoices(["Tel."])[0]?.field).toBe("phone");
  });

  it("does not read 'tel' inside another word", () => {
    expect(guessColumnChoices(["Hotel"])[0]?.field).toBe("custom");
  });
});

describe("toCustomFieldName", () => {
  it("turns a header into a safe identifier", () => {
    expect(toCustomFieldName("Customer no.", 0)).toBe("customer_no");
    expect(toCustomFieldName("Straße", 0)).toBe("strasse");
    expect(toCustomFieldName("Größe (cm)", 0)).toBe("grosse_cm");
    expect(toCustomFieldName("2024 spend", 0)).toBe("field_2024_spend");
    expect(toCustomFieldName("€", 4)).toBe("column_5");
    expect(toCustomFieldName("x".repeat(60), 0)).toBe("x".repeat(40));
  });
});

describe("columnLabels", () => {
  it("uses the first row as names, or numbers the columns", () => {
    expect(columnLabels(["Phone", " ", "Name"], 3, true)).toEqual(["Phone", "Column 2", "Name"]);
    expect(columnLabels(["+49151", "Ann"], 2, false)).toEqual(["Column 1", "Column 2"]);
  });
});
