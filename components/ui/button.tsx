import type { ButtonHTMLAttributes } from "react";
import { buttonClassName, type ButtonLookProps } from "./button-class-name";
import styles from "./button.module.css";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  ButtonLookProps & {
    /**
     * Work started by this button is running: shows a spinner and sets aria-disabled
     * (the button keeps focus, unlike `disabled`). The handler must ignore repeat
     * activations while pending; pass the pending label as children ("Signing in…").
     */
    pending?: boolean;
  };

export function Button({
  variant,
  size,
  fullWidth,
  pending = false,
  className,
  type = "button",
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, fullWidth }, className)}
      aria-disabled={pending || rest.disabled || undefined}
      data-pending={pending || undefined}
      {...rest}
    >
      {pending ? <span className={styles.spinner} aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
