import { Prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

/** Turns the unique (orgId, name) violation into a message for the name field; rethrows anything else. */
export function rethrowListNameTaken(error: unknown, name: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new ValidationError(`A list named "${name}" already exists. Choose another name.`, "name");
  }
  throw error;
}
