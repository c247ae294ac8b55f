import type { ReactNode } from "react";
import styles from "./badge.module.css";

type BadgeProps = {
  tone?: "neutral" | "accent" | "success" | "warning" | "danger";
  children: ReactNode;
};

/** A short label for a state or a role. The text carries the meaning; colour only supports it. */
export function Badge({ tone = "neutral", children }: BadgeProps) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}
