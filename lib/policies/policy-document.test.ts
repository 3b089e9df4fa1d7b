import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import QRCode from "qrcode";
import { renderPolicyDocument } from "@/lib/policies/policy-document";
import { describePolicyDetails } from "@/lib/policies/describe-details";
import type { PolicyDto } from "@/lib/policies/policy-records";

const details = {
  companyName: "Łódź Café — Ünïcødé Ltd 🚀",
  industry: "hospitality",
  address: "Flat 3, 221B Baker Street, Marylebone, London, a very long address line that has to wrap onto a second line of the schedule",
  postcode: "NW1 6XE",
  employees: 12,
  annualRevenueCents: 125_000_000,
} as const;

const policy = {
  id: "cmtestpolicy000000000000",
  number: "BUSINESS-7F3K-9QD2",
  type: "business",
  typeLabel: "Business",
  status: "ACTIVE",
  effectiveStatus: "ACTIVE",
  statusLabel: "In force",
  startDate: new Date("2026-11-22T00:00:00Z"),
  endDate: new Date("2027-11-21T00:00:00Z"),
  termMonths: 12,
  currency: "GBP",
  sumInsuredCents: 15_000_000,
  remainingCoverCents: 15_000_000,
  premiumCents: 254_321,
  details,
  detailRows: describePolicyDetails("business", details),
  renewedFromId: null,
  renewedToId: null,
  createdAt: new Date("2026-11-22T10:00:00Z"),
  canFileClaim: true,
  canRenew: false,
} as unknown as PolicyDto;

describe("policy schedule PDF", () => {
  it("renders one page with the QR code, even with characters the PDF fonts cannot encode", async () => {
    const qr = await QRCode.toBuffer("http://localhost:3000/verify/x?s=y", { type: "png", width: 300 });
    const bytes = await renderPolicyDocument(policy, "Zoë Ñandú-Øster 🙂", "http://localhost:3000/verify/cmtestpolicy000000000000?s=abcdefghijklmnopqrstuv", qr);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Policy schedule BUSINESS-7F3K-9QD2");
  });
});
