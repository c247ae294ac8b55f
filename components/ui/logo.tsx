import styles from "./logo.module.css";

type LogoProps = {
  /** Show the "Relay" word next to the mark. */
  withWordmark?: boolean;
  size?: "md" | "lg";
};

/** The Relay mark: two opposed arrows in a rounded square (a message passed on, a reply coming back). */
export function Logo({ withWordmark = true, size = "md" }: LogoProps) {
  const px = size === "lg" ? 40 : 28;
  return (
    <span className={`${styles.logo} ${size === "lg" ? styles.large : ""}`}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 32 32"
        width={px}
        height={px}
        aria-hidden="true"
        focusable="false"
        className={styles.mark}
      >
        <rect width="32" height="32" rx="8" className={styles.markBackground} />
        <path
          d="M9 12.5h13.5m0 0-3.5-3.5m3.5 3.5-3.5 3.5M23 19.5H9.5m0 0 3.5-3.5m-3.5 3.5 3.5 3.5"
          fill="none"
          stroke="#fff"
          strokeWidth="2.25"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {withWordmark ? (
        <span className={styles.wordmark}>Relay</span>
      ) : (
        <span className="visually-hidden">Relay</span>
      )}
    </span>
  );
}
