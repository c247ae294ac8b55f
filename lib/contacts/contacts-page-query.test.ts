import { describe, expect, it } from "vitest";
import { CONTACT_ORDERS } from "./contact-order";
import { contactsPageQuery } from "./contacts-page-query";

const ORG = "00000000-0000-4000-8000-000000000001";
const LIST = "00000000-0000-4000-8000-000000000002";

describe("contactsPageQuery", () => {
  it("bounds both sides of a list's join past the key, so a deep page starts at the key in both indexes", () => {
    const query = contactsPageQuery({
      orgId: ORG,
      listId: LIST,
      order: CONTACT_ORDERS.newest,
      key: ["1000"],
      backward: false,
      take: 51,
    })!;
    expect(query.text).toContain(`m."contactId" < $3 AND c.id < $4`);
    expect(query.values.slice(2, 4)).toEqual([1000n, 1000n]);
  });

  it("keeps one bound per branch without a list", () => {
    const query = contactsPageQuery({
      orgId: ORG,
      order: CONTACT_ORDERS.newest,
      key: ["1000"],
      backward: false,
      take: 51,
    })!;
    expect(query.text).toContain(`c.id < $3`);
    expect(query.text).not.toContain(`m."contactId"`);
  });
});
