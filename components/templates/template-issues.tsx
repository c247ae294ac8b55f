"use client";

import type { TemplateIssue } from "@/lib/templates";
import styles from "./template-issues.module.css";

type TemplateIssuesProps = {
  id: string;
  errors: readonly TemplateIssue[];
  warnings: readonly TemplateIssue[];
  /** Selects the issue's text in the message. */
  onShow: (issue: TemplateIssue) => void;
};

/** The message's problems with their line and column; errors block saving, warnings do not. */
export function TemplateIssues({ id, errors, warnings, onShow }: TemplateIssuesProps) {
  if (errors.length === 0 && warnings.length === 0) return <div id={id} />;
  return (
    <div id={id} className={styles.issues}>
      {errors.length > 0 ? (
        <IssueList title="Fix before saving" tone="error" issues={errors} onShow={onShow} />
      ) : null}
      {warnings.length > 0 ? (
        <IssueList title="Worth checking" tone="warning" issues={warnings} onShow={onShow} />
      ) : null}
    </div>
  );
}

function IssueList(props: {
  title: string;
  tone: "error" | "warning";
  issues: readonly TemplateIssue[];
  onShow: (issue: TemplateIssue) => void;
}) {
  return (
    <div className={`${styles.group} ${styles[props.tone]}`}>
      <p className={styles.title}>{props.title}</p>
      <ul className={styles.list}>
        {props.issues.map((issue) => (
          <li key={`${issue.code}-${issue.offset}-${issue.message}`} className={styles.issue}>
            <span>{issue.message}</span>
            {issue.length > 0 ? (
              <button type="button" className={styles.show} onClick={() => props.onShow(issue)}>
                Show in message
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
