import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClassName, type ButtonLookProps } from "./button-class-name";

type ButtonLinkProps = ComponentProps<typeof Link> & ButtonLookProps;

/** A navigation link styled as a button. Use it when the action goes to another page. */
export function ButtonLink({ variant, size, fullWidth, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClassName({ variant, size, fullWidth }, className)} {...rest} />;
}
