import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { classifyAddress, type AddressClass } from "./classify-address";

/** Resolves a host name to every address it has (A and AAAA). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveHost: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** An address a webhook may not be sent to, with what it is. */
export class PrivateAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: AddressClass,
  ) {
    super(
      hostname === address
        ? `${address} is a ${kind} address. Webhooks go only to public internet addresses (WEBHOOK_ALLOW_PRIVATE_NETWORKS is off).`
        : `${hostname} resolves to ${address}, a ${kind} address. Webhooks go only to public internet addresses (WEBHOOK_ALLOW_PRIVATE_NETWORKS is off).`,
    );
    this.name = "PrivateAddressError";
  }
}

export type AddressPolicy = {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: every address is allowed. */
  allowPrivateNetworks: boolean;
  /** DNS; replaced in tests to play a host whose address changes. */
  resolve?: ResolveHost;
};

function assertPublic(hostname: string, address: string): void {
  const kind = classifyAddress(address);
  if (kind !== "public") throw new PrivateAddressError(hostname, address, kind);
}

function bare(hostname: string): string {
  // URL keeps IPv6 literals in brackets.
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/**
 * Refuses a host that is, or resolves to (any of its addresses), a
 * non-public address, unless the policy allows private networks.
 */
export async function assertPublicHost(hostname: string, policy: AddressPolicy): Promise<void> {
  if (policy.allowPrivateNetworks) return;
  const host = bare(hostname);
  if (isIP(host)) return assertPublic(host, host);
  const addresses = await (policy.resolve ?? resolveHost)(host);
  for (const { address } of addresses) assertPublic(host, address);
}

/**
 * A `lookup` for node:http(s) that checks the addresses it hands to the
 * socket: the address connected to is the address checked, so a name that
 * resolved to a public address at registration and to a private one now
 * (DNS rebinding) is refused. Every address of the answer must be public,
 * as the socket may try any of them.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    (policy.resolve ?? resolveHost)(hostname).then(
      (addresses) => {
        try {
          if (!policy.allowPrivateNetworks)
            for (const { address } of addresses) assertPublic(hostname, address);
        } catch (error) {
          callback(error as NodeJS.ErrnoException, "", 4);
          return;
        }
        const wanted =
          options.family === 6 || options.family === "IPv6"
            ? 6
            : options.family === 4 || options.family === "IPv4"
              ? 4
              : 0;
        const usable = wanted === 0 ? addresses : addresses.filter((entry) => entry.family === wanted);
        if (options.all) callback(null, usable);
        else if (usable[0]) callback(null, usable[0].address, usable[0].family);
        else callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 4);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}
