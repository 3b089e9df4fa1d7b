import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { PDFDocument } from "pdf-lib";
import { AppError } from "@/lib/errors";
import type { Db, Tx } from "@/lib/db";
import { ATTACHMENT_MAX_BYTES, MAX_ATTACHMENTS, attachmentTooLargeMessage, tooManyAttachmentsMessage } from "@/lib/claims/attachment-rules";

/*
 * Claim attachments: verified by what they contain (never by name or declared type), re-encoded so
 * nothing but the picture or document survives, stored in the database or under ATTACHMENTS_DIR.
 * Same approach as profile photos (lib/profile/photo.ts), without resizing: adjusters need detail.
 */

const IMAGE_TYPES: Record<string, string> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };
/** Decoding bombs: refuse anything over ~40 megapixels before decoding it. */
const MAX_INPUT_PIXELS = 40_000_000;
const FIELD = "attachments";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type VerifiedAttachment = { fileName: string; contentType: string; bytes: Buffer };

const refuse = (message: string) => new AppError("INVALID_INPUT", message, { [FIELD]: message });

/** A file name fit to show and to put in a Content-Disposition header: no paths, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>]/g, "").trim().slice(0, 120);
  return cleaned || "attachment";
}

function withExtension(name: string, contentType: string): string {
  const ext = { "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "application/pdf": ".pdf" }[contentType]!;
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${stem}${ext}`;
}

async function verifyImage(bytes: Uint8Array, name: string): Promise<VerifiedAttachment | null> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    return null;
  }
  const contentType = format ? IMAGE_TYPES[format] : undefined;
  if (!contentType) return null;
  try {
    // rotate() applies EXIF orientation; re-encoding then drops all metadata (location, camera) and trailing data.
    let img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" }).rotate();
    img = format === "jpeg" ? img.jpeg({ quality: 88 }) : format === "png" ? img.png() : img.webp({ quality: 88 });
    return { fileName: withExtension(name, contentType), contentType, bytes: await img.toBuffer() };
  } catch {
    throw refuse(`${name} looks damaged or incomplete. Try another file.`);
  }
}

async function verifyPdf(bytes: Uint8Array, name: string): Promise<VerifiedAttachment | null> {
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-") return null;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.getPageCount() < 1) throw new Error("no pages");
    // Saving rewrites the file from the parsed objects: anything appended after it is dropped.
    return { fileName: withExtension(name, "application/pdf"), contentType: "application/pdf", bytes: Buffer.from(await doc.save()) };
  } catch {
    throw refuse(`${name} is not a PDF we can open (it may be damaged or password-protected).`);
  }
}

/** Checks every upload; the first bad one refuses them all with a message naming it. */
export async function verifyAttachments(files: UploadedFile[]): Promise<VerifiedAttachment[]> {
  const real = files.filter((f) => f.bytes.byteLength > 0 || f.name !== "");
  if (real.length > MAX_ATTACHMENTS) throw refuse(tooManyAttachmentsMessage);
  const out: VerifiedAttachment[] = [];
  for (const f of real) {
    const name = cleanFileName(f.name);
    if (f.bytes.byteLength === 0) throw refuse(`${name} is empty.`);
    if (f.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw refuse(attachmentTooLargeMessage(name));
    const verified = (await verifyPdf(f.bytes, name)) ?? (await verifyImage(f.bytes, name));
    if (!verified) throw refuse(`${name} is not a photo or PDF we can read. Attach JPEG, PNG, WebP or PDF files.`);
    out.push(verified);
  }
  return out;
}

/** Where attachments live: the database (default) or files under ATTACHMENTS_DIR. */
export type AttachmentStore = { dir?: string };

export type StagedAttachment = VerifiedAttachment & { storagePath: string | null };

/**
 * Writes files to ATTACHMENTS_DIR before the claim's transaction (under random names), so the
 * transaction only records rows; `discard` removes them again if the transaction fails, so nothing
 * is half-saved. With no directory configured the bytes go into the row itself.
 */
export async function stageAttachments(files: VerifiedAttachment[], store: AttachmentStore): Promise<{ staged: StagedAttachment[]; discard: () => Promise<void> }> {
  if (!store.dir || files.length === 0) return { staged: files.map((f) => ({ ...f, storagePath: null })), discard: async () => {} };
  const written: string[] = [];
  const staged: StagedAttachment[] = [];
  const discard = async () => {
    await Promise.all(written.map((p) => fs.rm(p, { force: true })));
  };
  try {
    const folder = new Date().toISOString().slice(0, 7);
    await fs.mkdir(path.join(store.dir, folder), { recursive: true });
    for (const f of files) {
      const storagePath = `${folder}/${randomUUID()}`;
      const full = path.join(store.dir, storagePath);
      await fs.writeFile(full, f.bytes, { flag: "wx" });
      written.push(full);
      staged.push({ ...f, storagePath });
    }
  } catch (e) {
    await discard();
    throw e;
  }
  return { staged, discard };
}

/** Records staged attachments against a claim, inside the claim's transaction. */
export async function recordAttachments(tx: Tx, claimId: string, staged: StagedAttachment[]): Promise<void> {
  for (const a of staged) {
    await tx.claimAttachment.create({
      data: {
        claimId,
        fileName: a.fileName,
        contentType: a.contentType,
        sizeBytes: a.bytes.byteLength,
        data: a.storagePath ? null : new Uint8Array(a.bytes),
        storagePath: a.storagePath,
      },
    });
  }
}

export type AttachmentFile = { fileName: string; contentType: string; bytes: Buffer };

/**
 * One attachment's bytes for a reader: the claim's holder, or an admin. Access is in the `where`;
 * anything else (another user's claim, an unknown id) is null, which the route answers as 404.
 */
export async function readAttachment(
  db: Db,
  reader: { id: string; role: "USER" | "ADMIN" },
  claimId: string,
  attachmentId: string,
  store: AttachmentStore,
): Promise<AttachmentFile | null> {
  if (claimId.length > 64 || attachmentId.length > 64) return null;
  const row = await db.claimAttachment.findFirst({
    where: { id: attachmentId, claim: { id: claimId, ...(reader.role === "ADMIN" ? {} : { userId: reader.id }) } },
    select: { fileName: true, contentType: true, data: true, storagePath: true },
  });
  if (!row) return null;
  if (row.data) return { fileName: row.fileName, contentType: row.contentType, bytes: Buffer.from(row.data) };
  if (!row.storagePath || !store.dir) return null;
  const full = path.resolve(store.dir, row.storagePath);
  if (!full.startsWith(path.resolve(store.dir) + path.sep)) return null;
  try {
    return { fileName: row.fileName, contentType: row.contentType, bytes: await fs.readFile(full) };
  } catch {
    return null;
  }
}
