"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { count } from "@/components/templates/counter-summary";
import { fetchPreview } from "@/components/templates/editor-api";
import { useDebouncedRequest } from "@/components/templates/use-debounced-request";
import { useUnsavedChangesWarning } from "@/components/templates/use-unsaved-changes-warning";
import type { MergeField, PreviewContact } from "@/lib/templates";
import type {
  CampaignFieldErrors,
  CampaignFormField,
  SaveCampaignAction,
  SavedCampaign,
  SaveIntent,
} from "../campaign-action-result";
import { useBrowserTimeZone } from "../use-browser-time-zone";
import { AudienceStep, type WizardList } from "./audience-step";
import { ConnectorStep, type WizardConnector } from "./connector-step";
import { fetchEstimate } from "./estimate-api";
import { ErrorSummary, focusField } from "./error-summary";
import { MessageStep, type WizardTemplate } from "./message-step";
import { ReviewStep } from "./review-step";
import { ScheduleStep } from "./schedule-step";
import { SenderStep } from "./sender-step";
import { draftOf, type WizardValues } from "./wizard-values";
import { WizardStep } from "./wizard-step";
import styles from "./campaign-wizard.module.css";

type CampaignWizardProps = {
  /** The saved campaign being edited (a draft or a scheduled one), or null for a new one. */
  campaign: SavedCampaign | null;
  initial: WizardValues;
  lists: readonly WizardList[];
  templates: readonly WizardTemplate[];
  connectors: readonly WizardConnector[];
  mergeFields: readonly MergeField[];
  saveAction: SaveCampaignAction;
};

const PREVIEW_DELAY_MS = 250;
// Estimating renders every recipient's message: wait for a real pause in typing.
const ESTIMATE_DELAY_MS = 600;
/**
 * Stands in for the text while there is none that renders, so choosing
 * lists already counts recipients (estimateCampaign wants a text to measure).
 * Its segment figures are never shown.
 */
const AUDIENCE_ONLY_BODY = ".";

const DONE_PARAM: Record<SaveIntent, string> = { draft: "saved", schedule: "scheduled", send: "sent" };

/**
 * The campaign wizard, all steps on one page: name and sender, audience,
 * message, connector, when, and a review with the real figures. Saving goes
 * through one server action; a refused save keeps everything typed and puts
 * each problem next to its field.
 */
export function CampaignWizard({
  campaign: savedCampaign,
  initial,
  lists,
  templates,
  connectors,
  mergeFields,
  saveAction,
}: CampaignWizardProps) {
  const router = useRouter();
  const browserZone = useBrowserTimeZone();
  const [values, setValues] = useState(initial);
  const [campaign, setCampaign] = useState(savedCampaign);
  const [errors, setErrors] = useState<CampaignFieldErrors>({});
  const [formMessage, setFormMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  const [intent, setIntent] = useState<SaveIntent | null>(null);
  const [confirmingSend, setConfirmingSend] = useState(false);
  const [contact, setContact] = useState<PreviewContact | null>(null);
  const [leaving, setLeaving] = useState(false);

  const template = templates.find((candidate) => candidate.id === values.templateId) ?? null;
  const body = values.source === "template" ? (template?.body ?? "") : values.inlineBody;
  const hasText = body.trim() !== "";
  const preview = useDebouncedRequest(
    hasText ? JSON.stringify([body, contact?.id ?? null]) : null,
    (signal) => fetchPreview({ body, contactId: contact?.id ?? null }, signal),
    PREVIEW_DELAY_MS,
  );
  const measured = hasText && preview.data !== null && preview.data.errors.length === 0;
  const measuredBody = measured ? body : AUDIENCE_ONLY_BODY;
  const connectorId = values.connectorId || null;
  const estimate = useDebouncedRequest(
    values.listIds.length > 0 ? JSON.stringify([values.listIds, measuredBody, connectorId]) : null,
    (signal) => fetchEstimate({ listIds: values.listIds, body: measuredBody, connectorId }, signal),
    ESTIMATE_DELAY_MS,
  );
  const connector = connectors.find((candidate) => candidate.id === values.connectorId) ?? null;
  const zone = values.timeZone ?? browserZone ?? "UTC";

  const dirty = !leaving && JSON.stringify(values) !== JSON.stringify(initial);
  useUnsavedChangesWarning(dirty);

  function change(patch: Partial<WizardValues>, clears: readonly CampaignFormField[]) {
    setValues((previous) => ({ ...previous, ...patch }));
    if (clears.some((field) => errors[field])) {
      setErrors((previous) => {
        const next = { ...previous };
        for (const field of clears) delete next[field];
        return next;
      });
    }
  }

  function save(chosen: SaveIntent) {
    if (saving) return;
    setFormMessage(null);
    setIntent(chosen);
    startSaving(async () => {
      const result = await saveAction({
        campaignId: campaign?.id ?? null,
        intent: chosen,
        draft: draftOf(values, browserZone),
      });
      setConfirmingSend(false);
      if (!result.ok) {
        // Everything typed stays in the form; only the messages change.
        setErrors(result.fieldErrors);
        if (result.campaign) adopt(result.campaign);
        const partly = result.campaign ? partlyDone(campaign, result.campaign, chosen) : null;
        const text = [partly, result.message].filter(Boolean).join(" ");
        if (text) setFormMessage({ tone: result.message ? "error" : "info", text });
        focusField(result.fieldErrors, values.source);
        return;
      }
      setLeaving(true);
      router.push(`/campaigns/${result.value.id}?done=${DONE_PARAM[chosen]}`);
    });
  }

  /**
   * A draft the server saved before refusing the rest: later saves change it
   * instead of adding another. The address stays as it is: moving to the
   * edit page would render a fresh wizard without the messages just shown.
   */
  function adopt(saved: SavedCampaign) {
    setCampaign(saved);
  }

  const recipients = estimate.data?.recipients ?? null;
  const sendLabel =
    recipients === null ? "Send now" : `Send to ${count(recipients, "recipient", "recipients")}`;

  return (
    <form
      className={styles.wizard}
      aria-label="Campaign"
      noValidate
      // Enter in a field does not send or schedule anything: the buttons at the end do.
      onSubmit={(event) => event.preventDefault()}
    >
      <WizardStep id="step-sender" number={1} title="Name and sender">
        <SenderStep values={values} errors={errors} change={change} />
      </WizardStep>
      <WizardStep
        id="step-audience"
        number={2}
        title="Audience"
        description="Contacts on several lists get one message; opted-out contacts get none."
      >
        <AudienceStep values={values} errors={errors} change={change} lists={lists} estimate={estimate} />
      </WizardStep>
      <WizardStep id="step-message" number={3} title="Message">
        <MessageStep
          values={values}
          errors={errors}
          change={change}
          templates={templates}
          mergeFields={mergeFields}
          preview={preview}
          contact={contact}
          onContactChange={setContact}
        />
      </WizardStep>
      <WizardStep id="step-connector" number={4} title="Connector">
        <ConnectorStep values={values} errors={errors} change={change} connectors={connectors} />
      </WizardStep>
      <WizardStep id="step-when" number={5} title="When">
        <ScheduleStep values={values} errors={errors} change={change} />
      </WizardStep>
      <WizardStep id="step-review" number={6} title="Review">
        <ReviewStep values={values} estimate={estimate} measured={measured} connector={connector} zone={zone}>
          <div role="alert" aria-atomic="true" className={styles.messages}>
            {formMessage ? <Alert tone={formMessage.tone}>{formMessage.text}</Alert> : null}
            <ErrorSummary errors={errors} source={values.source} />
          </div>
          <div className={styles.actions}>
            {values.when === "now" ? (
              <Button
                variant="primary"
                pending={saving && intent === "send"}
                onClick={() => setConfirmingSend(true)}
              >
                Send now
              </Button>
            ) : (
              <Button
                variant="primary"
                pending={saving && intent === "schedule"}
                onClick={() => save("schedule")}
              >
                {saving && intent === "schedule"
                  ? "Scheduling…"
                  : campaign?.status === "scheduled"
                    ? "Save schedule"
                    : "Schedule"}
              </Button>
            )}
            <Button pending={saving && intent === "draft"} onClick={() => save("draft")}>
              {saving && intent === "draft" ? "Saving…" : "Save draft"}
            </Button>
            <Link href={campaign ? `/campaigns/${campaign.id}` : "/campaigns"} className={styles.back}>
              {campaign ? "Back to the campaign" : "Back to campaigns"}
            </Link>
            <span className={styles.dirty}>{dirty ? "Unsaved changes" : ""}</span>
          </div>
        </ReviewStep>
      </WizardStep>

      <ConfirmDialog
        open={confirmingSend}
        title={`Send “${values.name.trim() || "this campaign"}” now?`}
        confirmLabel={saving ? "Sending…" : sendLabel}
        pending={saving}
        onConfirm={() => save("send")}
        onClose={() => setConfirmingSend(false)}
      >
        {recipients === null
          ? estimate.status === "error"
            ? "The recipients could not be counted; opted-out and duplicate numbers are left out when it starts."
            : "Counting the recipients…"
          : `It goes to ${count(recipients, "recipient", "recipients")} at once${
              connector
                ? `, at up to ${count(connector.throughputPerSecond, "message", "messages")} a second through ${connector.name}`
                : ""
            }. You can pause or cancel it while it sends.`}
      </ConfirmDialog>
    </form>
  );
}

/** What the server did before it refused, in words (nothing when it did nothing). */
function partlyDone(before: SavedCampaign | null, after: SavedCampaign, intent: SaveIntent): string | null {
  if (before === null) {
    return intent === "draft"
      ? null
      : "The campaign was saved as a draft, but not " + (intent === "send" ? "sent." : "scheduled.");
  }
  if (before.status === "scheduled" && after.status === "draft") {
    return "The campaign is now a draft and will not go out at its old time.";
  }
  return null;
}
