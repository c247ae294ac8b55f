import { config } from "@/lib/config";
import { ValidationError } from "@/lib/errors";
import { assertPublicHost, PrivateAddressError, type AddressPolicy } from "./address-guard";

/** The installation's rule, from WEBHOOK_ALLOW_PRIVATE_NETWORKS. */
export function configuredAddressPolicy(): AddressPolicy {
  return { allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS };
}

/** At registration: the URL's host must be public now (it is checked again at every delivery). */
export async function checkEndpointAddress(url: string, policy: AddressPolicy): Promise<void> {
  try {
    await assertPublicHost(new URL(url).hostname, policy);
  } catch (error) {
    if (error instanceof PrivateAddressError) throw new ValidationError(error.message, "url");
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") {
      throw new ValidationError(
        `${new URL(url).hostname} could not be found in DNS. Check the host name.`,
        "url",
      );
    }
    throw error;
  }
}
