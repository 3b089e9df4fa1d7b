import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { processProfilePhoto, PHOTO_SIZE } from "@/lib/profile/photo";

const image = (format: "jpeg" | "png" | "webp", w = 640, h = 480) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 40, b: 90 } } })[format]().toBuffer();

describe("processProfilePhoto", () => {
  it.each(["jpeg", "png", "webp"] as const)("re-encodes a %s to a small square WebP", async (format) => {
    const out = await processProfilePhoto(await image(format));
    const meta = await sharp(out).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([PHOTO_SIZE, PHOTO_SIZE]);
  });

  it("refuses an SVG even though sharp can decode it", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(processProfilePhoto(svg)).rejects.toThrow(/JPEG, PNG or WebP/);
  });

  it("refuses a text file renamed to .jpg (content decides, not the name)", async () => {
    await expect(processProfilePhoto(Buffer.from("just some text pretending to be a photo"))).rejects.toThrow(/not an image/);
  });

  it("refuses a truncated JPEG", async () => {
    const full = await image("jpeg", 800, 800);
    await expect(processProfilePhoto(full.subarray(0, Math.floor(full.length / 2)))).rejects.toThrow(/damaged|not an image/);
  });

  it("refuses a file over 2 MB before decoding it", async () => {
    await expect(processProfilePhoto(new Uint8Array(2 * 1024 * 1024 + 1))).rejects.toThrow(/larger than 2 MB/);
  });

  it("refuses an image with absurd dimensions (decompression bomb)", async () => {
    const bomb = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    await expect(processProfilePhoto(bomb)).rejects.toThrow();
  });
});
