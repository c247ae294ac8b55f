import type { InputHTMLAttributes, Ref } from "react";
import styles from "./input.module.css";

type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  ref?: Ref<HTMLInputElement>;
};

/** A text input. Shows its invalid style from `aria-invalid`, so pair it with <Field>. */
export function Input({ className, type = "text", ...rest }: InputProps) {
  return <input type={type} className={[styles.input, className].filter(Boolean).join(" ")} {...rest} />;
}
