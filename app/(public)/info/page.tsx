import Link from "next/link";
import { PageTitle } from "@/components/ui/Card";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

export const metadata = { title: "Info Centre" };

// The cards' look comes from one class on the list (`.info-cards` in app/globals.css), and each text is one
// string: this prerendered page is hashed (ETag) and written in full on every request, and its HTML and the
// inline RSC payload would otherwise repeat the same utility classes six times over (docs/BENCHMARKS.md,
// "/info's per-request cost").
export default function InfoCentrePage() {
  return (
    <div>
      <PageTitle subtitle="What each policy covers, what it does not, and exactly how its price is worked out.">Info Centre</PageTitle>
      <ul className="info-cards">
        {POLICY_TYPES.map((type) => {
          const info = POLICY_TYPE_INFO[type];
          const name = info.label.toLowerCase();
          return (
            <li key={type}>
              <h2>{`${info.label} insurance`}</h2>
              <p>{info.blurb}</p>
              <div>
                <Link href={`/info/${type}`}>{`About ${name} insurance`}</Link>
                <Link href={`/policies/new/${type}`}>{`Get a ${name} quote`}</Link>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
