import styles from "./button.module.css";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

export type ButtonLookProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Stretch to the width of the container. */
  fullWidth?: boolean;
};

/** Class names shared by <Button> and <ButtonLink>, so a link can look like a button. */
export function buttonClassName(
  { variant = "secondary", size = "md", fullWidth = false }: ButtonLookProps,
  extra?: string,
): string {
  return [styles.button, styles[variant], styles[size], fullWidth ? styles.fullWidth : "", extra ?? ""]
    .filter(Boolean)
    .join(" ");
}
