import type { Ref, SelectHTMLAttributes } from "react";
import styles from "./select.module.css";

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };

/**
 * A native select with the look of <Input>. Native, so it works with the
 * keyboard and on phones as users expect.
 */
export function Select({ className, ...rest }: SelectProps) {
  return <select className={[styles.select, className].filter(Boolean).join(" ")} {...rest} />;
}
