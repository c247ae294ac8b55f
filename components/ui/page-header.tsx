import type { ReactNode } from "react";
import styles from "./page-header.module.css";

type PageHeaderProps = {
  /** The page's h1. */
  title: ReactNode;
  /** One line saying what the page is for. */
  description?: ReactNode;
  /** Primary (and at most one secondary) action for the page. Only real, working actions. */
  actions?: ReactNode;
};

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={styles.text}>
        <h1 className={styles.title}>{title}</h1>
        {description !== undefined ? <p className={styles.description}>{description}</p> : null}
      </div>
      {actions !== undefined ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
