import { ConnectorSecretError } from "../connector-secret";
import { testBind, type TestBindResult } from "../test-bind";
import { assertCanManageConnectors } from "./connector-role";
import { ZTestConnector, type TestConnectorInput } from "./connector.schema";
import { loadConnectorSettings } from "./load-connector-settings";
import { parseOptions } from "@/lib/parse-options";

/**
 * "Test connection": one bind with a saved connector's settings, then
 * unbind. Only owners and admins may (a bind uses the carrier account). A
 * password that cannot be decrypted is a failed test with that reason.
 */
export async function testConnector(options: TestConnectorInput): Promise<TestBindResult> {
  assertCanManageConnectors(options.role);
  const { orgId, connectorId, timeoutMs } = parseOptions(ZTestConnector, options);
  const settings = await loadConnectorSettings(orgId, connectorId).catch((error: unknown) => {
    if (error instanceof ConnectorSecretError) return error;
    throw error;
  });
  if (settings instanceof ConnectorSecretError) return { ok: false, error: settings.message };
  return testBind(settings, { timeoutMs });
}
