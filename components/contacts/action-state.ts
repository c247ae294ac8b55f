/** What a contacts form action answers; forms show the message and each field's error next to it. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
};

export const IDLE: ActionState = { status: "idle" };

/** A server action used with useActionState. */
export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
