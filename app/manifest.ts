import type { MetadataRoute } from "next";

/** Lets people add the app to a phone's home screen; the icons are in public/ and app/icon.svg. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Safeguard Insurance",
    short_name: "Safeguard",
    description: "Buy and manage car, bike, travel, health, business and home insurance; file claims and check a policy is genuine.",
    start_url: "/policies",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1e40af",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
