import styles from "./skeleton.module.css";

type SkeletonProps = {
  /** Shape: a line of text, a heading line, or a block (card, chart). */
  shape?: "text" | "heading" | "block";
  /** Width class from the caller's CSS module; defaults to full width. */
  className?: string;
};

/** A grey placeholder shown while content loads. Decorative: announce loading once, elsewhere. */
export function Skeleton({ shape = "text", className }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={[styles.skeleton, styles[shape], className].filter(Boolean).join(" ")}
    />
  );
}
