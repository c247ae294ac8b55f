"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

type SubmitButtonProps = Omit<ComponentProps<typeof Button>, "type" | "pending"> & {
  /** Shown while the form's action runs ("Deleting…"). */
  pendingLabel: string;
};

/** A form's submit button that shows the form's own pending state and ignores repeat presses meanwhile. */
export function SubmitButton({ pendingLabel, children, onClick, ...rest }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <Button
      {...rest}
      type="submit"
      pending={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {pending ? pendingLabel : children}
    </Button>
  );
}
