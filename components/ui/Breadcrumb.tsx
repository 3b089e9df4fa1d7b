import Link from "next/link";
import { Fragment } from "react";

/** "Parent / Child / This page": the links up, then where you are. */
export function Breadcrumb({ links, current }: { links: readonly (readonly [label: string, href: string])[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {links.map(([label, href]) => (
        <Fragment key={href}>
          <Link href={href} className="text-brand-700 underline">
            {label}
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      {current}
    </nav>
  );
}
