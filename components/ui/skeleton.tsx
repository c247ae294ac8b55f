import type { CSSProperties } from "react";
import styles from "./skeleton.module.css";

type SkeletonProps = {
  /** Shape: a line of text, a heading line, or a block (card, chart). */
  shape?: "text" | "heading" | "block";
  /** Width class from the caller's CSS module; defaults to full width. */
  className?: string;
  /** Inline size for one-off placeholders (a block's height). */
  style?: CSSProperties;
};

/** A grey placeholder shown while content loads. Decorative: announce loading once, elsewhere. */
export function Skeleton({ shape = "text", className, style }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      style={style}
      className={[styles.skeleton, styles[shape], className].filter(Boolean).join(" ")}
    />
  );
}
