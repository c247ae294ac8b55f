import { describe, expect, it } from "vitest";
import { CONTACT_ORDERS } from "./contact-order";
import { keysetConditions } from "./contacts-keyset";

function conditions(sort: keyof typeof CONTACT_ORDERS, key: (string | null)[], ascending: boolean) {
  return keysetConditions({ order: CONTACT_ORDERS[sort], key, ascending, viaList: false }).map((sql) => ({
    text: sql.text,
    values: sql.values,
  }));
}

describe("keysetConditions", () => {
  it("splits the rows after a full name key into index ranges, nearest first, NULL names last", () => {
    expect(conditions("name", ["Meier", "Anna", "42"], true)).toEqual([
      { text: `c."lastName" = $1 AND c."firstName" = $2 AND c.id > $3`, values: ["Meier", "Anna", 42n] },
      { text: `c."lastName" = $1 AND c."firstName" > $2`, values: ["Meier", "Anna"] },
      { text: `c."lastName" = $1 AND c."firstName" IS NULL`, values: ["Meier"] },
      { text: `c."lastName" > $1`, values: ["Meier"] },
      { text: `c."lastName" IS NULL`, values: [] },
    ]);
  });

  it("after a contact without names, only later ids without names follow", () => {
    expect(conditions("name", [null, null, "7"], true)).toEqual([
      { text: `c."lastName" IS NULL AND c."firstName" IS NULL AND c.id > $1`, values: [7n] },
    ]);
  });

  it("going back from a missing last name reaches every named contact", () => {
    expect(conditions("name", [null, "Bo", "7"], false)).toEqual([
      { text: `c."lastName" IS NULL AND c."firstName" = $1 AND c.id < $2`, values: ["Bo", 7n] },
      { text: `c."lastName" IS NULL AND c."firstName" < $1`, values: ["Bo"] },
      { text: `c."lastName" IS NOT NULL`, values: [] },
    ]);
  });

  it("reads a list's members by their membership key, bounding the joined contact's id too", () => {
    const [condition] = keysetConditions({
      order: CONTACT_ORDERS.newest,
      key: ["99"],
      ascending: false,
      viaList: true,
    });
    expect(condition?.text).toBe(`m."contactId" < $1 AND c.id < $2`);
    expect(condition?.values).toEqual([99n, 99n]);
  });

  it("bounds a list's name order by the names once and the id on both sides", () => {
    expect(
      keysetConditions({
        order: CONTACT_ORDERS.name,
        key: ["Meier", "Anna", "42"],
        ascending: true,
        viaList: true,
      })[0]?.text,
    ).toBe(`c."lastName" = $1 AND c."firstName" = $2 AND m."contactId" > $3 AND c.id > $4`);
  });
});
