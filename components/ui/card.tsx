import type { ReactNode } from "react";
import styles from "./card.module.css";

type CardProps = {
  /** Heading shown at the top of the card. */
  title?: ReactNode;
  /** One line under the heading saying what the card is for. */
  description?: ReactNode;
  /** Level of the heading in the page outline (the page's h1 is the page header). */
  headingLevel?: 2 | 3;
  /** Controls shown at the right of the header (links, buttons). */
  actions?: ReactNode;
  /** Extra classes for the outer element. */
  className?: string;
  /** Use "section" when the card is a part of the page with its own heading. */
  as?: "div" | "section" | "article";
  children?: ReactNode;
};

/** A white surface with a hairline border that groups related content. */
export function Card({
  title,
  description,
  headingLevel = 2,
  actions,
  className,
  as: Element = "div",
  children,
}: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <Element className={[styles.card, className].filter(Boolean).join(" ")}>
      {hasHeader ? (
        <div className={styles.header}>
          <div className={styles.heading}>
            {title !== undefined ? <Heading className={styles.title}>{title}</Heading> : null}
            {description !== undefined ? <p className={styles.description}>{description}</p> : null}
          </div>
          {actions !== undefined ? <div className={styles.actions}>{actions}</div> : null}
        </div>
      ) : null}
      {children !== undefined ? <div className={styles.body}>{children}</div> : null}
    </Element>
  );
}
