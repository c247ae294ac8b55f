import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./rate-limit-key";

describe("rateLimitHeaders", () => {
  it("tells an allowed request how much is left and when the burst is full again", () => {
    expect(rateLimitHeaders({ allowed: true, limit: 40, remaining: 37, waitMs: 150 })).toEqual({
      "RateLimit-Limit": "40",
      "RateLimit-Remaining": "37",
      "RateLimit-Reset": "1",
    });
  });

  it("tells a refused request to retry after whole seconds, at least one", () => {
    expect(rateLimitHeaders({ allowed: false, limit: 40, remaining: 0, waitMs: 20 })).toEqual({
      "RateLimit-Limit": "40",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "1",
      "Retry-After": "1",
    });
    expect(rateLimitHeaders({ allowed: false, limit: 3, remaining: 0, waitMs: 2_001 })["Retry-After"]).toBe(
      "3",
    );
  });
});
