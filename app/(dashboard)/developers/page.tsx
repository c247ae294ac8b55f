import type { Metadata } from "next";
import { EndpointReference } from "@/components/developers/endpoint-reference";
import { guideSections } from "@/components/developers/guide-sections";
import styles from "@/components/developers/developers.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requireSession } from "@/lib/auth/server";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "REST API" };

/** The human-readable API documentation, rendered from the same OpenAPI document the API serves. */
export default async function DevelopersPage() {
  await requireSession();
  const document = buildOpenApiDocument({ serverUrl: config.APP_URL });
  const baseUrl = document.servers[0]!.url;
  const guide = guideSections({
    baseUrl,
    openApiUrl: `${baseUrl}/openapi.json`,
    rateLimit: { perSecond: config.API_RATE_LIMIT_PER_SECOND, burst: config.API_RATE_LIMIT_BURST },
    maxBodyBytes: config.API_MAX_BODY_BYTES,
  });
  return (
    <>
      <PageHeader
        title="REST API"
        description="Create contacts and lists and run campaigns from your own systems, with an API key."
      />
      <div className={styles.layout}>
        <nav aria-labelledby="api-contents" className={styles.toc}>
          <h2 id="api-contents">On this page</h2>
          <ul>
            {guide.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
            {document.tags.map((tag) => (
              <li key={tag.name}>
                <a href={`#tag-${tag.name}`}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.content}>
          {guide.map((section) => (
            <section
              key={section.id}
              id={section.id}
              aria-labelledby={`${section.id}-title`}
              className={styles.section}
            >
              <h2 id={`${section.id}-title`} className={styles.sectionTitle}>
                {section.title}
              </h2>
              <div className={styles.prose}>{section.content}</div>
            </section>
          ))}
          <EndpointReference document={document} />
        </div>
      </div>
    </>
  );
}
