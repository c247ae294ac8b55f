import type { ReactNode } from "react";
import { Icon, type IconName } from "@/components/ui/icon";
import styles from "./settings-section.module.css";

type SettingsSectionProps = {
  /** Used for the heading's id, so the section is named by its heading. */
  id: string;
  icon: IconName;
  title: string;
  /** What is configured in this section. */
  description: ReactNode;
  children?: ReactNode;
  /** "side" puts the content beside the heading on wide screens; "below" gives it the full width (tables). */
  layout?: "side" | "below";
};

/** One area of settings: heading and explanation at the left, its content at the right on wide screens. */
export function SettingsSection({
  id,
  icon,
  title,
  description,
  children,
  layout = "side",
}: SettingsSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`${styles.section} ${layout === "below" ? styles.below : ""}`}
    >
      <div className={styles.intro}>
        <span className={styles.icon}>
          <Icon name={icon} size={18} />
        </span>
        <div className={styles.introText}>
          <h2 id={headingId} className={styles.title}>
            {title}
          </h2>
          <p className={styles.description}>{description}</p>
        </div>
      </div>
      {children !== undefined ? <div className={styles.content}>{children}</div> : null}
    </section>
  );
}
