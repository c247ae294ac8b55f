import { buildOpenApiDocument } from "@/lib/api/openapi";
import { config } from "@/lib/config";

/** The one public /api/v1 route (no API key): the document that describes the others. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument({ serverUrl: config.APP_URL }), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
