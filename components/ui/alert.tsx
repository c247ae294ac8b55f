import type { ReactNode, Ref } from "react";
import { Icon, type IconName } from "./icon";
import styles from "./alert.module.css";

export type AlertTone = "error" | "warning" | "success" | "info";

const toneIcon: Record<AlertTone, IconName> = {
  error: "alert",
  warning: "alert",
  success: "checkCircle",
  info: "info",
};

type AlertProps = {
  tone: AlertTone;
  title?: ReactNode;
  children: ReactNode;
  /**
   * "alert" announces the message at once (errors after an action); "status" announces
   * it politely. Leave it out for messages that are part of the page from the start.
   */
  role?: "alert" | "status";
  id?: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  /** Set to -1 to let a script move focus to the alert. */
  tabIndex?: number;
};

export function Alert({ tone, title, children, role, id, className, ref, tabIndex }: AlertProps) {
  return (
    <div
      ref={ref}
      id={id}
      role={role}
      tabIndex={tabIndex}
      className={[styles.alert, styles[tone], className].filter(Boolean).join(" ")}
    >
      <Icon name={toneIcon[tone]} size={18} className={styles.icon} />
      <div className={styles.content}>
        {title !== undefined ? <p className={styles.title}>{title}</p> : null}
        <div className={styles.message}>{children}</div>
      </div>
    </div>
  );
}
