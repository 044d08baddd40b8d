import { latestEdition } from "./editions";
import { decodeJsonBytes } from "./jsonFile";
import { errorName } from "./issues";
import { fetchOwnFile } from "./ownFile";
import { validateDataset, type ValidationResult } from "./validate";

/**
 * Fetches an edition's dataset (by default the newest edition's) and validates it once, at load (docs/ARCHITECTURE.md).
 * Every failure — network, encoding, not JSON, wrong shape — comes back as a
 * refusal, so the page can say what is wrong instead of breaking.
 */
export async function loadDataset(url: string = latestEdition().dataset): Promise<ValidationResult> {
  try {
    const response = await fetchOwnFile(url);
    if (!response.ok) return { ok: false, problem: { kind: "fetch-failed", file: "dataset", status: response.status } };
    const read = decodeJsonBytes(await response.arrayBuffer());
    return read.ok ? validateDataset(read.raw) : read;
  } catch (error) {
    // fetch rejects with a TypeError ("Failed to fetch") when the network fails; reading the body can fail the same way.
    return { ok: false, problem: error instanceof TypeError ? { kind: "fetch-failed", file: "dataset" } : { kind: "unreadable", detail: errorName(error) } };
  }
}
