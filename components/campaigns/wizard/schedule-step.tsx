"use client";

import { useMemo } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useBrowserTimeZone } from "../use-browser-time-zone";
import { addDays, timeZoneNames, zonedDateTime } from "../zoned-date";
import type { StepProps } from "./step-props";
import { DEFAULT_SEND_TIME } from "./wizard-values";
import styles from "./campaign-wizard.module.css";

/** Step 5: send when the button is pressed, or at a date and time in a chosen zone; quiet hours. */
export function ScheduleStep({ values, errors, change }: StepProps) {
  const browserZone = useBrowserTimeZone();
  const zone = values.timeZone ?? browserZone ?? "UTC";
  // The full list only in the browser: the server's zone list may differ, and it cannot know the default.
  const zones = useMemo(
    () => (browserZone ? timeZoneNames([zone, browserZone]) : [zone]),
    [browserZone, zone],
  );
  const scheduleErrorId = errors.schedule ? "campaign-schedule-error" : undefined;

  function chooseSchedule() {
    // Tomorrow at 09:00 in the chosen zone, unless a time was already picked.
    const date = values.date || addDays(zonedDateTime(new Date(), zone).date, 1);
    change({ when: "schedule", date, time: values.time || DEFAULT_SEND_TIME }, ["schedule"]);
  }

  return (
    <>
      <fieldset className={styles.fieldset} aria-describedby={scheduleErrorId}>
        <legend className={styles.legend}>Send</legend>
        <div className={styles.inlineChoices}>
          <label className={styles.choice}>
            <input
              type="radio"
              name="when"
              value="now"
              checked={values.when === "now"}
              onChange={() => change({ when: "now" }, ["schedule"])}
            />
            <span>Now, when I press “Send now”</span>
          </label>
          <label className={styles.choice}>
            <input
              type="radio"
              name="when"
              value="schedule"
              checked={values.when === "schedule"}
              onChange={chooseSchedule}
            />
            <span>At a date and time</span>
          </label>
        </div>
        {values.when === "schedule" ? (
          <div className={styles.scheduleFields}>
            <Field id="campaign-date" label="Date" error={errors["schedule.date"]} required>
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  name="date"
                  value={values.date}
                  onChange={(event) => change({ date: event.target.value }, ["schedule.date", "schedule"])}
                />
              )}
            </Field>
            <Field id="campaign-time" label="Time" error={errors["schedule.time"]} required>
              {(control) => (
                <Input
                  {...control}
                  type="time"
                  name="time"
                  value={values.time}
                  onChange={(event) => change({ time: event.target.value }, ["schedule.time", "schedule"])}
                />
              )}
            </Field>
            <Field id="campaign-zone" label="Time zone" error={errors["schedule.timeZone"]} required>
              {(control) => (
                <Select
                  {...control}
                  name="timeZone"
                  value={zone}
                  onChange={(event) =>
                    change({ timeZone: event.target.value }, ["schedule.timeZone", "schedule"])
                  }
                >
                  {zones.map((name) => (
                    <option key={name} value={name}>
                      {name.replaceAll("_", " ")}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        ) : null}
        {values.when === "schedule" && browserZone ? (
          <p className={styles.hint}>{`Your browser's time zone is ${browserZone.replaceAll("_", " ")}.`}</p>
        ) : null}
        {errors.schedule ? (
          <p id={scheduleErrorId} className={styles.fieldError}>
            {errors.schedule}
          </p>
        ) : null}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Quiet hours</legend>
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="quietHours"
            checked={values.quietHours}
            onChange={(event) =>
              change({ quietHours: event.target.checked }, [
                "quietHours",
                "quietHours.start",
                "quietHours.end",
              ])
            }
          />
          <span>Hold messages during quiet hours</span>
        </label>
        <p id="campaign-quiet-hint" className={styles.hint}>
          In each recipient&apos;s own time zone (the contact&apos;s, else guessed from the number). Messages
          due in quiet hours wait until they end; none are dropped.
        </p>
        {values.quietHours ? (
          <div className={styles.scheduleFields}>
            <Field
              id="campaign-quiet-start"
              label="From"
              error={errors["quietHours.start"] ?? errors.quietHours}
              required
            >
              {(control) => (
                <Input
                  {...control}
                  type="time"
                  name="quietStart"
                  value={values.quietStart}
                  onChange={(event) =>
                    change({ quietStart: event.target.value }, ["quietHours.start", "quietHours"])
                  }
                />
              )}
            </Field>
            <Field id="campaign-quiet-end" label="Until" error={errors["quietHours.end"]} required>
              {(control) => (
                <Input
                  {...control}
                  type="time"
                  name="quietEnd"
                  value={values.quietEnd}
                  onChange={(event) =>
                    change({ quietEnd: event.target.value }, ["quietHours.end", "quietHours"])
                  }
                />
              )}
            </Field>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
