import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { assertPublicHost, guardedLookup, PrivateAddressError, type AddressPolicy } from "./address-guard";

const answers =
  (...addresses: string[]): AddressPolicy["resolve"] =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

function lookup(policy: AddressPolicy, options: { all?: boolean; family?: number }) {
  return new Promise<{ error: Error | null; result: string | LookupAddress[] }>((resolve) =>
    guardedLookup(policy)("hooks.customer.test", options, (error, result) =>
      resolve({ error, result: result as string | LookupAddress[] }),
    ),
  );
}

describe("the webhook address guard", () => {
  it("refuses a host if any of its addresses is not public", async () => {
    const policy = { allowPrivateNetworks: false, resolve: answers("93.184.216.34", "10.1.2.3") };
    await expect(assertPublicHost("hooks.customer.test", policy)).rejects.toThrow(
      "hooks.customer.test resolves to 10.1.2.3, a private address.",
    );
    await expect(assertPublicHost("[fe80::1]", policy)).rejects.toBeInstanceOf(PrivateAddressError);
    await expect(
      assertPublicHost("hooks.customer.test", {
        ...policy,
        resolve: answers("93.184.216.34", "2606:4700::1111"),
      }),
    ).resolves.toBeUndefined();
  });

  it("lets every address through when private networks are allowed", async () => {
    await expect(assertPublicHost("127.0.0.1", { allowPrivateNetworks: true })).resolves.toBeUndefined();
    const { error, result } = await lookup({ allowPrivateNetworks: true, resolve: answers("127.0.0.1") }, {});
    expect(error).toBeNull();
    expect(result).toBe("127.0.0.1");
  });

  it("hands the socket only checked addresses, by family, one or all", async () => {
    const policy = { allowPrivateNetworks: false, resolve: answers("93.184.216.34", "2606:4700::1111") };
    expect((await lookup(policy, { family: 6 })).result).toBe("2606:4700::1111");
    expect((await lookup(policy, { all: true })).result).toEqual([
      { address: "93.184.216.34", family: 4 },
      { address: "2606:4700::1111", family: 6 },
    ]);
    const refused = await lookup(
      { ...policy, resolve: answers("93.184.216.34", "169.254.169.254") },
      { all: true },
    );
    expect(refused.error).toBeInstanceOf(PrivateAddressError);
    expect(refused.error?.message).toMatch(
      /^hooks\.customer\.test resolves to 169\.254\.169\.254, a link-local address/,
    );
  });
});
