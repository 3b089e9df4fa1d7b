import type { MetadataRoute } from "next";

/**
 * Public marketing and Info Centre pages may be indexed; verification pages (one per policy, reached
 * by QR code), the admin area, account pages and APIs must not be.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/info"],
        disallow: ["/verify/", "/admin", "/api/", "/policies", "/claims", "/profile", "/feedback", "/notifications", "/login", "/signup"],
      },
    ],
  };
}
