import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { GettingStartedProgress } from "./dashboard-stats";
import styles from "./get-started.module.css";

type Step = { href: string; title: string; description: ReactNode; done: boolean };

type GetStartedProps = { progress: GettingStartedProgress };

/** The three steps from an empty workspace to a first campaign, each linking to where it is done. */
export function GetStarted({ progress }: GetStartedProps) {
  const steps: Step[] = [
    {
      href: "/contacts",
      title: "Import your contacts",
      description:
        "Upload a CSV with phone numbers and names. Numbers are checked and put in international format.",
      done: progress.hasContacts,
    },
    {
      href: "/templates",
      title: "Write a template",
      description: (
        <>
          Compose a message with merge tags such as <code>{"{{firstName}}"}</code> and see how many SMS
          segments it uses.
        </>
      ),
      done: progress.hasTemplates,
    },
    {
      href: "/campaigns",
      title: "Create a campaign",
      description: "Pick a template and your lists, send now or schedule it, and follow delivery live.",
      done: progress.hasCampaigns,
    },
  ];
  const doneCount = steps.filter((step) => step.done).length;

  return (
    <section aria-labelledby="get-started-heading" className={styles.card}>
      <div className={styles.header}>
        <div>
          <h2 id="get-started-heading" className={styles.title}>
            Get started
          </h2>
          <p className={styles.subtitle}>Three steps to your first campaign.</p>
        </div>
        <p className={styles.count}>
          {doneCount} of {steps.length} done
        </p>
      </div>
      <ol role="list" className={styles.steps}>
        {steps.map((step, index) => (
          <li key={step.href}>
            <Link href={step.href} className={styles.step} data-done={step.done || undefined}>
              <span className={styles.marker} aria-hidden="true">
                {step.done ? <Icon name="check" size={16} /> : index + 1}
              </span>
              <span className={styles.text}>
                <span className={styles.stepTitle}>
                  {step.title}
                  {step.done ? <span className="visually-hidden"> (done)</span> : null}
                </span>
                <span className={styles.stepDescription}>{step.description}</span>
              </span>
              <Icon name="arrowRight" size={18} className={styles.arrow} />
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
