import type { CountryCode } from "libphonenumber-js/min";
import { normalizePhone } from "@/lib/contacts";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { enqueueJob } from "@/lib/queue";
import {
  compileTemplate,
  getTemplate,
  loadRenderSettings,
  RenderedMessage,
  validateTemplate,
  type TemplateContact,
} from "@/lib/templates";
import { API_MESSAGE_COLUMNS, PRIORITY_LEVEL, toApiMessage, type ApiMessage } from "./api-message";
import {
  MAX_API_MESSAGE_TEXT,
  MAX_SCHEDULE_DAYS,
  ZCreateApiMessageOptions,
  type CreateApiMessageInput,
} from "./create-api-message.schema";
import { RecipientOptedOutError } from "./messaging-errors";
import { sendMessageJobId } from "./queue-outbound-message";

const DAY_MS = 24 * 3600_000;

/**
 * One message from the REST API: the number normalised to E.164 with the
 * organization's default country, the text given or rendered from a saved
 * template, measured (encoding, segments), stored `queued` and handed to the
 * worker's `send-message` job (delayed to `scheduledAt`). A recipient who is
 * a contact of the organization is linked to it (their history shows the
 * message); one who opted out is refused here, and again at send time.
 */
export async function createApiMessage(options: CreateApiMessageInput): Promise<ApiMessage> {
  const input = parseOptions(ZCreateApiMessageOptions, options);
  if (input.idempotencyKey) {
    const earlier = await findIdempotentMessage(input.orgId, input.idempotencyKey);
    if (earlier) return earlier;
  }
  const scheduledAt = input.scheduledAt ? checkSchedule(new Date(input.scheduledAt)) : null;
  const org = await db.organization.findUnique({
    where: { id: input.orgId },
    select: { defaultCountry: true },
  });
  if (!org) throw new NotFoundError("That organization");
  const phone = normalizePhone(input.to, org.defaultCountry as CountryCode);
  if (!phone.ok) throw new ValidationError(phone.reason, "to");

  const [rendered, contact] = await Promise.all([
    input.templateId !== undefined
      ? renderFromTemplate(input.orgId, input.templateId, phone.e164, input.variables ?? {})
      : Promise.resolve(new RenderedMessage(input.text!, input.text!.trim() === "")),
    db.contact.findUnique({
      where: { orgId_phone: { orgId: input.orgId, phone: phone.e164 } },
      select: { id: true, optedOut: true },
    }),
  ]);
  if (rendered.isEmpty)
    throw new ValidationError("The message is empty.", input.templateId ? "variables" : "text");
  if (rendered.text.length > MAX_API_MESSAGE_TEXT) {
    throw new ValidationError(
      `The rendered message has ${rendered.text.length} characters; the most is ${MAX_API_MESSAGE_TEXT}.`,
      "variables",
    );
  }
  if (contact?.optedOut) throw new RecipientOptedOutError();

  const priority = PRIORITY_LEVEL[input.priority];
  const message = await db.message.create({
    data: {
      orgId: input.orgId,
      apiKeyId: input.apiKeyId,
      contactId: contact?.id ?? null,
      direction: "outbound",
      status: "queued",
      phone: phone.e164,
      sender: input.from,
      body: rendered.text,
      encoding: rendered.encoding,
      segments: rendered.segments,
      priority,
      clientReference: input.clientReference ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      scheduledAt,
    },
    select: API_MESSAGE_COLUMNS,
  });
  try {
    await enqueueApiMessage(input.orgId, message);
  } catch (error) {
    // Without its job the message would stay queued for ever: take it back, the client may retry.
    await db.message.deleteMany({ where: { id: message.id, orgId: input.orgId, status: "queued" } });
    throw error;
  }
  return toApiMessage(message);
}

function checkSchedule(at: Date): Date {
  const now = Date.now();
  if (at.getTime() <= now) throw new ValidationError("scheduledAt must be in the future.", "scheduledAt");
  if (at.getTime() > now + MAX_SCHEDULE_DAYS * DAY_MS) {
    throw new ValidationError(`scheduledAt can be at most ${MAX_SCHEDULE_DAYS} days ahead.`, "scheduledAt");
  }
  return at;
}

/**
 * The saved template rendered with the request's variables: `firstName` fills
 * {{firstName}}, `plan` fills {{fields.plan}}. A merge tag without a variable
 * (and without a fallback or condition around it) is refused: a code or a
 * name silently left out is worse than a refused request.
 */
async function renderFromTemplate(
  orgId: string,
  templateId: string,
  phone: string,
  variables: Record<string, string | number | boolean>,
): Promise<RenderedMessage> {
  const [template, settings] = await Promise.all([
    getTemplate({ orgId, templateId }),
    loadRenderSettings({ orgId }),
  ]);
  const check = validateTemplate(template.body, {
    knownFields: settings.knownFields,
    fieldsPresentInAudience: Object.keys(variables),
  });
  if (check.errors.length > 0) {
    throw new ValidationError(`The template cannot be used: ${check.errors[0]!.message}`, "templateId");
  }
  const missing = [
    ...new Set(
      check.warnings
        .filter((issue) => issue.code === "missing_in_audience")
        .map((issue) => variableName(issue.name ?? "")),
    ),
  ];
  if (missing.length > 0) {
    throw new ValidationError(
      `The template needs ${missing.length === 1 ? "the variable" : "the variables"} ${missing.join(", ")}.`,
      "variables",
    );
  }
  const compiled = compileTemplate(template.body, {
    knownFields: settings.knownFields,
    defaultTimeZone: settings.defaultTimeZone,
  });
  const text = (name: string) => (Object.hasOwn(variables, name) ? String(variables[name]) : null);
  const contact: TemplateContact = {
    phone,
    firstName: text("firstName"),
    lastName: text("lastName"),
    email: text("email"),
    fields: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, String(value)])),
  };
  return compiled.render(contact);
}

/** The variable a merge tag reads, as written in the template: `fields.[renewal date]` → `renewal date`. */
function variableName(written: string): string {
  return written.replace(
    /^fields\.(?:\[(.*)\]|(.*))$/,
    (_, bracketed?: string, plain?: string) => bracketed ?? plain ?? "",
  );
}

/**
 * The message an earlier request under the same Idempotency-Key created, when
 * that request died before its answer was stored (the API wrapper then lets a
 * retry with the same body run again after a minute): answered instead of a
 * second message, and its job enqueued again (the job id makes that a no-op if
 * the job exists). A key kept longer than its 24 h may be used afresh: the old
 * message lets go of it.
 */
async function findIdempotentMessage(orgId: string, idempotencyKey: string): Promise<ApiMessage | null> {
  await db.message.updateMany({
    where: { orgId, idempotencyKey, createdAt: { lte: new Date(Date.now() - DAY_MS) } },
    data: { idempotencyKey: null },
  });
  const earlier = await db.message.findUnique({
    where: { orgId_idempotencyKey: { orgId, idempotencyKey } },
    select: API_MESSAGE_COLUMNS,
  });
  if (!earlier) return null;
  if (earlier.status === "queued") {
    await enqueueApiMessage(orgId, earlier);
  }
  return toApiMessage(earlier);
}

/** The message's send job, due at its scheduled time; its id makes a second enqueue a no-op. */
async function enqueueApiMessage(
  orgId: string,
  message: { id: bigint; priority: number; scheduledAt: Date | null },
): Promise<void> {
  const messageId = message.id.toString();
  await enqueueJob(
    "send-message",
    { orgId, messageId, priority: message.priority },
    {
      jobId: sendMessageJobId(orgId, messageId),
      delay: message.scheduledAt ? Math.max(0, message.scheduledAt.getTime() - Date.now()) : 0,
    },
  );
}
