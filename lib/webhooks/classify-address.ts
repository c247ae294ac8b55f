import { BlockList, isIPv4, isIPv6 } from "node:net";

/** Why an address is not on the public internet, or "public". */
export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "unspecified"
  | "shared (CGNAT)"
  | "multicast"
  | "reserved";

// First match wins; IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are classed by their IPv4 part.
const RANGES: ReadonlyArray<[AddressClass, string, number, "ipv4" | "ipv6"]> = [
  ["unspecified", "0.0.0.0", 8, "ipv4"],
  ["loopback", "127.0.0.0", 8, "ipv4"],
  ["private", "10.0.0.0", 8, "ipv4"],
  ["private", "172.16.0.0", 12, "ipv4"],
  ["private", "192.168.0.0", 16, "ipv4"],
  ["link-local", "169.254.0.0", 16, "ipv4"],
  ["shared (CGNAT)", "100.64.0.0", 10, "ipv4"],
  // IETF protocol assignments, documentation and benchmarking nets: never a customer's server.
  ["reserved", "192.0.0.0", 24, "ipv4"],
  ["reserved", "192.0.2.0", 24, "ipv4"],
  ["reserved", "198.18.0.0", 15, "ipv4"],
  ["reserved", "198.51.100.0", 24, "ipv4"],
  ["reserved", "203.0.113.0", 24, "ipv4"],
  ["multicast", "224.0.0.0", 4, "ipv4"],
  ["reserved", "240.0.0.0", 4, "ipv4"],
  ["unspecified", "::", 128, "ipv6"],
  ["loopback", "::1", 128, "ipv6"],
  ["private", "fc00::", 7, "ipv6"],
  ["link-local", "fe80::", 10, "ipv6"],
  // Deprecated site-local addresses: private in all but name.
  ["private", "fec0::", 10, "ipv6"],
  ["multicast", "ff00::", 8, "ipv6"],
  ["reserved", "2001:db8::", 32, "ipv6"],
];

const LISTS = RANGES.map(([kind, network, prefix, family]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { kind, list, family };
});

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Classes an IP address; throws on text that is not one. */
export function classifyAddress(address: string): AddressClass {
  const mapped = MAPPED_IPV4.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIPv4(ip) ? "ipv4" : isIPv6(ip) ? "ipv6" : null;
  if (!family) throw new Error(`Not an IP address: ${address}`);
  return LISTS.find((range) => range.family === family && range.list.check(ip, family))?.kind ?? "public";
}
