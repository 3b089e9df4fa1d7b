import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { PHOTO_MAX_BYTES } from "@/lib/profile/schemas";
import { createSemaphore } from "@/lib/profile/semaphore";
import { env } from "@/lib/env";

const ALLOWED_FORMATS = new Set(["jpeg", "png", "webp"]);
/** Decoding bombs: refuse anything over ~40 megapixels before decoding it. */
const MAX_INPUT_PIXELS = 40_000_000;
export const PHOTO_SIZE = 256;

/**
 * Decoding a 40-megapixel image takes ~160 MB and a core for a second or more: a few concurrent uploads
 * could exhaust a small server. Decodes beyond PHOTO_DECODES_MAX wait their turn.
 */
export const photoDecodes = createSemaphore(env().PHOTO_DECODES_MAX);

const refuse = (message: string) => new AppError("INVALID_INPUT", message, { photo: message });

/**
 * Verifies an uploaded profile photo by its content and re-encodes it as a 256×256 WebP.
 * The file name and declared type are ignored: sharp must decode it as JPEG, PNG or WebP
 * (it also decodes SVG, which is refused), and a truncated file fails the full decode.
 * Re-encoding drops metadata (EXIF location) and anything smuggled after the image data.
 */
export async function processProfilePhoto(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength === 0) throw refuse("Choose a photo to upload.");
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw refuse("That photo is larger than 2 MB. Choose a smaller one.");
  return photoDecodes.run(() => decodeAndReencode(bytes));
}

async function decodeAndReencode(bytes: Uint8Array): Promise<Buffer> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw refuse("That file is not an image we can read. Upload a JPEG, PNG or WebP photo.");
  }
  if (!format || !ALLOWED_FORMATS.has(format)) throw refuse("Upload a JPEG, PNG or WebP photo.");
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" })
      .rotate() // honour EXIF orientation before the metadata is dropped
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw refuse("That image looks damaged or incomplete. Try another photo.");
  }
}
