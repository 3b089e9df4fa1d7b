import fs from "node:fs";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import type { PolicyDto } from "@/lib/policies/policy-records";

// The standard PDF fonts only encode WinAnsi (Latin-1), so names such as "Ζωή Παπαδοπούλου" or
// "Дмитрий Иванов" came out as question marks. DejaVu Sans (Bitstream Vera licence, assets/fonts) covers
// Latin, Greek, Cyrillic, Armenian, Georgian and more; it is embedded as a subset (only the glyphs used).
// Characters it lacks (e.g. CJK) become "?" rather than failing the download. Right-to-left scripts are
// drawn in logical order (pdf-lib does no bidi shaping).
const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
let fontBytes: Promise<[Uint8Array, Uint8Array]> | undefined;
function loadFonts() {
  fontBytes ??= Promise.all([fs.promises.readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), fs.promises.readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]);
  return fontBytes;
}

/** Bidi overrides and other invisible controls would reorder or hide text on the page: drop them. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function makeSafe(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.normalize("NFC").replace(CONTROLS, ""))
      .map((ch) => (supported.has(ch.codePointAt(0)!) || ch === " " ? ch : "?"))
      .join("");
}

/** Splits text into lines no wider than maxWidth; a word too long for a line (a long reference, a URL) is broken by characters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      const chars = Array.from(rest);
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(""))) n--;
      lines.push(chars.slice(0, n).join(""));
      rest = chars.slice(n).join("");
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/**
 * A one-page A4 policy schedule: holder, number, type, dates, money, the type's details in words,
 * the QR code and the verification URL in text (for when the code cannot be scanned).
 */
export async function renderPolicyDocument(policy: PolicyDto, holderName: string, verifyUrl: string, qrPng: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Policy schedule ${policy.number}`);
  doc.setAuthor("Safeguard Insurance");
  doc.setSubject(`${policy.typeLabel} insurance policy schedule`);
  doc.setCreationDate(new Date());
  const page: PDFPage = doc.addPage([595.28, 841.89]);
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  const pdfSafe = makeSafe(regular);
  const wrap = (text: string, font: PDFFont, size: number, maxWidth: number) => wrapText(pdfSafe(text), font, size, maxWidth);
  const brand = rgb(0.118, 0.251, 0.686);
  const grey = rgb(0.3, 0.33, 0.38);
  const left = 50;
  const right = 545;
  let y = 790;

  page.drawText("Safeguard Insurance", { x: left, y, size: 20, font: bold, color: brand });
  y -= 24;
  page.drawText(pdfSafe(`${policy.typeLabel} insurance - policy schedule`), { x: left, y, size: 13, font: regular, color: grey });
  y -= 14;
  page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1, color: brand });

  const qrSize = 150;
  const qr = await doc.embedPng(qrPng);
  page.drawImage(qr, { x: right - qrSize, y: y - 10 - qrSize, width: qrSize, height: qrSize });

  const row = (label: string, value: string, width = 300) => {
    page.drawText(pdfSafe(label), { x: left, y, size: 9, font: bold, color: grey });
    const lines = wrap(value, regular, 11, width);
    for (const line of lines) {
      page.drawText(line, { x: left + 150, y, size: 11, font: regular });
      y -= 15;
    }
    y -= 3;
  };

  y -= 30;
  row("Policy number", policy.number, 180);
  row("Policyholder", holderName, 180);
  row("Type", policy.typeLabel, 180);
  row("Status", policy.statusLabel, 180);
  row("Valid from", formatPolicyDate(policy.startDate), 180);
  row("Valid to", `${formatPolicyDate(policy.endDate)} (end of day)`, 180);
  row("Sum insured", formatMoney(policy.sumInsuredCents), 180);
  row("Remaining cover", formatMoney(policy.remainingCoverCents), 180);
  row("Premium", formatMoney(policy.premiumCents), 180);

  y = Math.min(y, 790 - 24 - 14 - 10 - qrSize - 30);
  page.drawText("Details", { x: left, y, size: 13, font: bold, color: brand });
  y -= 20;
  for (const d of policy.detailRows) row(d.label, d.value, 340);

  y -= 10;
  page.drawText("Verify this policy", { x: left, y, size: 13, font: bold, color: brand });
  y -= 18;
  for (const line of wrap("Scan the QR code, or open this address, to check that the policy is genuine and in force:", regular, 10, right - left)) {
    page.drawText(line, { x: left, y, size: 10, font: regular, color: grey });
    y -= 13;
  }
  // One unbroken line (a wrapped URL is easy to mistype): shrink it to fit instead.
  const url = pdfSafe(verifyUrl);
  const urlSize = Math.min(9, (9 * (right - left)) / regular.widthOfTextAtSize(url, 9));
  page.drawText(url, { x: left, y, size: urlSize, font: regular });
  page.drawText(pdfSafe(`Issued ${formatPolicyDate(policy.createdAt)}. Keep this schedule with your policy wording.`), {
    x: left,
    y: 40,
    size: 8,
    font: regular,
    color: grey,
  });
  return doc.save();
}
