import QRCode from "qrcode";
import { signPolicyUrl } from "@/lib/verification/policy-signature";

// Error correction "M" survives a scuffed printout while keeping the code small enough to scan from a phone screen.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/** The policy's QR code as an SVG string (scales to any size; no fixed width). */
export function policyQrSvg(policyId: string): Promise<string> {
  return QRCode.toString(signPolicyUrl(policyId), { ...OPTIONS, type: "svg", color: { dark: "#000000", light: "#ffffff" } });
}

/** The policy's QR code as a PNG, for download and for the PDF schedule. */
export function policyQrPng(policyId: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(signPolicyUrl(policyId), { ...OPTIONS, type: "png", width });
}
