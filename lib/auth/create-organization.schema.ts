import { z } from "zod";

export const ZCreateOrganization = z.object({
  name: z.string().trim().min(1, "Enter the organization's name.").max(100),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes.")
    .max(60),
  owner: z.object({
    email: z.email("Enter a valid email address.").transform((email) => email.toLowerCase()),
    name: z.string().trim().min(1, "Enter the owner's name.").max(100),
    password: z.string().min(10, "Use at least 10 characters for the password.").max(1024),
  }),
});

export type CreateOrganizationInput = z.input<typeof ZCreateOrganization>;
