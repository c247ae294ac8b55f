import { z } from "zod";

/*
 * The rules of an SMPP connector's settings. Limits come from SMPP 3.4:
 * system_id is a C-Octet String of 16 octets, password 9 and system_type 13,
 * each with its terminating NUL, and only ASCII is portable across SMSCs.
 */

export const MAX_SYSTEM_ID_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 8;
export const MAX_SYSTEM_TYPE_LENGTH = 12;

/** The numbering plan indicators SMPP 3.4 defines (section 5.2.6). */
export const SMPP_NPI_VALUES = [0, 1, 3, 4, 6, 8, 9, 10, 14, 18] as const;

/** Type of number: 0 unknown … 6 abbreviated (section 5.2.5). */
export const MAX_TON = 6;

export const BIND_MODES = ["transceiver", "transmitter_receiver"] as const;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_MESSAGE = "Use only letters, digits, spaces and ASCII punctuation.";

// RFC 1123 host names: labels of letters, digits and inner hyphens, at most 253 characters in all.
const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV4 = z.ipv4();
const IPV6 = z.ipv6();

/** A host name or an IPv4/IPv6 address; an all-digit name such as 300.1.1.1 must be a valid IPv4. */
export function isSmscHost(host: string): boolean {
  if (IPV4.safeParse(host).success || IPV6.safeParse(host).success) return true;
  return HOSTNAME.test(host) && !/^[\d.]+$/.test(host);
}

/** A whole number in [min, max]; one message for every way to miss, so the form says what is wanted. */
function wholeNumber(message: string, min: number, max: number) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/** Every setting of a connector as a user edits it; the password is plain text here, never stored so. */
export const ZConnectorFields = z.object({
  name: z
    .string({ error: "Give the connector a name." })
    .trim()
    .min(1, "Give the connector a name.")
    .max(100, "Keep the name under 100 characters."),
  host: z
    .string({ error: "Enter the SMSC's host name or IP address." })
    .trim()
    .min(1, "Enter the SMSC's host name or IP address.")
    .refine(
      isSmscHost,
      "Enter a host name such as smpp.carrier.example, or an IP address such as 192.0.2.10.",
    ),
  port: wholeNumber("Enter a port from 1 to 65535.", 1, 65_535),
  tls: z.boolean({ error: "Say whether the connection uses TLS." }),
  systemId: z
    .string({ error: "Enter the system ID the carrier gave you." })
    .trim()
    .min(1, "Enter the system ID the carrier gave you.")
    .max(MAX_SYSTEM_ID_LENGTH, `A system ID is at most ${MAX_SYSTEM_ID_LENGTH} characters in SMPP 3.4.`)
    .regex(PRINTABLE_ASCII, ASCII_MESSAGE),
  password: z
    .string({ error: "Enter the password as text." })
    .max(MAX_PASSWORD_LENGTH, `A password is at most ${MAX_PASSWORD_LENGTH} characters in SMPP 3.4.`)
    .regex(PRINTABLE_ASCII, ASCII_MESSAGE),
  systemType: z
    .string({ error: "Enter the system type as text." })
    .trim()
    .max(MAX_SYSTEM_TYPE_LENGTH, `A system type is at most ${MAX_SYSTEM_TYPE_LENGTH} characters in SMPP 3.4.`)
    .regex(PRINTABLE_ASCII, ASCII_MESSAGE),
  bindMode: z.enum(BIND_MODES, { error: "Choose one bind for both directions, or one for each." }),
  throughputPerSecond: wholeNumber("Enter a limit from 1 to 10000 messages per second.", 1, 10_000),
  windowSize: wholeNumber("Enter a window from 1 to 100 messages.", 1, 100),
  binds: wholeNumber("Enter from 1 to 10 binds.", 1, 10),
  sourceTon: wholeNumber(`Choose a type of number from 0 to ${MAX_TON}.`, 0, MAX_TON),
  sourceNpi: z
    .number({ error: "Choose a numbering plan." })
    .refine((npi) => (SMPP_NPI_VALUES as readonly number[]).includes(npi), "Choose a numbering plan."),
  destTon: wholeNumber(`Choose a type of number from 0 to ${MAX_TON}.`, 0, MAX_TON),
  destNpi: z
    .number({ error: "Choose a numbering plan." })
    .refine((npi) => (SMPP_NPI_VALUES as readonly number[]).includes(npi), "Choose a numbering plan."),
  enquireLinkSeconds: wholeNumber("Enter from 5 to 300 seconds.", 5, 300),
  responseTimeoutSeconds: wholeNumber("Enter from 1 to 120 seconds.", 1, 120),
  enabled: z.boolean({ error: "Say whether the connector is in use." }),
});

/**
 * What the settings form submits, for a new connector and an edit alike. An
 * empty password means "none" for a new connector and "keep the current one"
 * on an edit.
 */
export const ZConnectorDraft = ZConnectorFields;
export type ConnectorDraft = z.infer<typeof ZConnectorDraft>;
export type ConnectorField = keyof ConnectorDraft;

export const ZOrgId = z.uuid("Unknown organization.");

/** A role as the session carries it; only owners and admins change connectors. */
export const ZRole = z.enum(["owner", "admin", "member"]);

/**
 * A connector id as the UI and URLs carry it. Anything that is not a UUID is
 * answered like a connector that does not exist (NotFoundError), never as a
 * validation problem, so ids cannot be probed.
 */
export const ZConnectorId = z.string().max(100);

/** Defaults of a new connector, the same as the database's. */
export const CONNECTOR_DEFAULTS = {
  port: 2775,
  tls: false,
  password: "",
  systemType: "",
  bindMode: "transceiver",
  throughputPerSecond: 50,
  windowSize: 10,
  binds: 1,
  sourceTon: 5,
  sourceNpi: 0,
  destTon: 1,
  destNpi: 1,
  enquireLinkSeconds: 30,
  responseTimeoutSeconds: 30,
  enabled: true,
} as const satisfies Partial<ConnectorDraft>;

const F = ZConnectorFields.shape;

export const ZCreateConnector = z.object({
  orgId: ZOrgId,
  role: ZRole,
  name: F.name,
  host: F.host,
  systemId: F.systemId,
  port: F.port.default(CONNECTOR_DEFAULTS.port),
  tls: F.tls.default(CONNECTOR_DEFAULTS.tls),
  password: F.password.default(CONNECTOR_DEFAULTS.password),
  systemType: F.systemType.default(CONNECTOR_DEFAULTS.systemType),
  bindMode: F.bindMode.default(CONNECTOR_DEFAULTS.bindMode),
  throughputPerSecond: F.throughputPerSecond.default(CONNECTOR_DEFAULTS.throughputPerSecond),
  windowSize: F.windowSize.default(CONNECTOR_DEFAULTS.windowSize),
  binds: F.binds.default(CONNECTOR_DEFAULTS.binds),
  sourceTon: F.sourceTon.default(CONNECTOR_DEFAULTS.sourceTon),
  sourceNpi: F.sourceNpi.default(CONNECTOR_DEFAULTS.sourceNpi),
  destTon: F.destTon.default(CONNECTOR_DEFAULTS.destTon),
  destNpi: F.destNpi.default(CONNECTOR_DEFAULTS.destNpi),
  enquireLinkSeconds: F.enquireLinkSeconds.default(CONNECTOR_DEFAULTS.enquireLinkSeconds),
  responseTimeoutSeconds: F.responseTimeoutSeconds.default(CONNECTOR_DEFAULTS.responseTimeoutSeconds),
  enabled: F.enabled.default(CONNECTOR_DEFAULTS.enabled),
});
export type CreateConnectorInput = z.input<typeof ZCreateConnector>;

/**
 * Changes some or all settings. A password left out or empty keeps the
 * current one (the form never receives it, so it cannot send it back).
 */
export const ZUpdateConnector = ZConnectorFields.partial().extend({
  orgId: ZOrgId,
  role: ZRole,
  connectorId: ZConnectorId,
});
export type UpdateConnectorInput = z.input<typeof ZUpdateConnector>;

/** get: one connector of one organization. */
export const ZConnectorRef = z.object({ orgId: ZOrgId, connectorId: ZConnectorId });
export type ConnectorRef = z.input<typeof ZConnectorRef>;

/** delete and test: one connector, by someone allowed to manage connectors. */
export const ZManageConnector = ZConnectorRef.extend({ role: ZRole });
export type ManageConnectorInput = z.input<typeof ZManageConnector>;

/** test: bind once with a saved connector's settings, by someone allowed to manage connectors. */
export const ZTestConnector = ZManageConnector.extend({
  /** The whole connect-and-bind must finish within this. */
  timeoutMs: z.number().int().min(1_000).max(60_000).default(10_000),
});
export type TestConnectorInput = z.input<typeof ZTestConnector>;

export const ZListConnectors = z.object({ orgId: ZOrgId });
export type ListConnectorsInput = z.input<typeof ZListConnectors>;
