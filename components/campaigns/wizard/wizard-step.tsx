import type { ReactNode } from "react";
import styles from "./wizard-step.module.css";

type WizardStepProps = {
  id: string;
  number: number;
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** One numbered step of the wizard: a section named by its heading. */
export function WizardStep({ id, number, title, description, children }: WizardStepProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.step}>
      <div className={styles.header}>
        <span className={styles.number} aria-hidden="true">
          {number}
        </span>
        <div className={styles.heading}>
          <h2 id={`${id}-title`} className={styles.title}>
            {title}
          </h2>
          {description !== undefined ? <p className={styles.description}>{description}</p> : null}
        </div>
      </div>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
