import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";
import styles from "./empty-state.module.css";

type EmptyStateProps = {
  icon: IconName;
  title: ReactNode;
  /** What this place will hold and what the user can do here. */
  description: ReactNode;
  /** A few short facts worth knowing before starting (shown as a list under the description). */
  points?: ReactNode[];
  /** 1 when the empty state is the whole page (not-found); otherwise it sits under the page header. */
  headingLevel?: 1 | 2 | 3;
  /** A real action (link or button) when one exists. Never a placeholder. */
  action?: ReactNode;
};

export function EmptyState({ icon, title, description, points, headingLevel = 2, action }: EmptyStateProps) {
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1] ?? "h2";
  return (
    <div className={styles.emptyState}>
      <div className={styles.iconWrap}>
        <Icon name={icon} size={24} />
      </div>
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.description}>{description}</p>
      {points && points.length > 0 ? (
        <ul role="list" className={styles.points}>
          {points.map((point, index) => (
            <li key={index} className={styles.point}>
              <Icon name="check" size={16} className={styles.pointIcon} />
              <span>{point}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {action !== undefined ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
