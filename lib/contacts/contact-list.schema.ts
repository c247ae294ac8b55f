import { z } from "zod";

/** The name a list is known by in pickers and campaign audiences; unique within an organization. */
export const ZContactListName = z
  .string({ error: "Give the list a name." })
  .trim()
  .min(1, "Give the list a name.")
  .max(100, "Keep the name under 100 characters.");

export const ZContactListDescription = z
  .string()
  .trim()
  .max(500, "Keep the description under 500 characters.")
  .transform((text) => (text === "" ? null : text))
  .nullish();
