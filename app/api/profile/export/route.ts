import { getMyDataExport } from "@/lib/profile/queries";
import { AppError } from "@/lib/errors";

/** "Download my data": the signed-in user's own data as one JSON file. */
export async function GET() {
  try {
    const data = await getMyDataExport();
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="safeguard-my-data-${day}.json"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError && (e.code === "UNAUTHORIZED" || e.code === "NOT_FOUND")) return new Response("Not signed in", { status: 401 });
    throw e;
  }
}
