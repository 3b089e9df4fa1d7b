// Labels for the home page tiles. The policies capability owns the full Info Centre content.
export const POLICY_TYPE_LINKS = [
  { type: "car", label: "Car", blurb: "Comprehensive cover for you and your car" },
  { type: "bike", label: "Bike", blurb: "Motorbikes and scooters, on and off the road" },
  { type: "travel", label: "Travel", blurb: "Medical, cancellation and baggage abroad" },
  { type: "health", label: "Health", blurb: "Private treatment, scans and specialists" },
  { type: "business", label: "Business", blurb: "Liability, property and interruption" },
  { type: "home", label: "Home", blurb: "Buildings and contents, with theft cover" },
] as const;
