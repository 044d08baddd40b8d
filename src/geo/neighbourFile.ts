import { z } from "../data/zod";
import type { CountyCollection } from "./counties";
import { SEA_NEIGHBOUR_KM, computeNeighbourTable, type NeighbourTable } from "./neighbourTable";

/**
 * The neighbour table, precomputed by `npm run geo` (scripts/build-neighbours.mjs)
 * into public/geo/neighbours.json: computing it takes 50–120 ms on the main
 * thread, reading it well under 1 ms. A unit test proves the committed file
 * equals computeNeighbourTable(counties), so the two never drift; the app
 * still computes the table itself when the file is missing, invalid or does
 * not fit the counties it loaded.
 */
export const NEIGHBOURS_URL = `${import.meta.env.BASE_URL}geo/neighbours.json`;

const adjacencySchema = z.record(z.string(), z.array(z.string()));

export const neighbourFileSchema = z.object({
  /** The sea reach the file was built with; a file from another SEA_NEIGHBOUR_KM is not used. */
  seaKm: z.number(),
  land: adjacencySchema,
  sea: adjacencySchema,
});

export type NeighbourFile = z.infer<typeof neighbourFileSchema>;

/** The file's exact text: counties in the table's (SCB) order, one per line, trailing newline. */
export function serializeNeighbourTable(table: NeighbourTable, seaKm = SEA_NEIGHBOUR_KM): string {
  const block = (adjacency: Record<string, string[]>) =>
    Object.entries(adjacency)
      .map(([code, list]) => `${JSON.stringify(code)}:${JSON.stringify(list)}`)
      .join(",\n");
  return `{"seaKm":${seaKm},\n"land":{\n${block(table.land)}\n},\n"sea":{\n${block(table.sea)}\n}}\n`;
}

/** Every county is a key and every listed neighbour is a county: the file fits this geometry. */
function fits(file: NeighbourFile, counties: CountyCollection): boolean {
  const codes = new Set(counties.features.map((f) => f.properties.code));
  return [file.land, file.sea].every((adjacency) => {
    const keys = Object.keys(adjacency);
    return (
      keys.length === codes.size &&
      keys.every((code) => codes.has(code)) &&
      Object.values(adjacency).every((list) => list.every((code) => codes.has(code)))
    );
  });
}

/** The precomputed table when it fits the counties and the current sea reach; otherwise computed now. */
export function resolveNeighbourTable(
  counties: CountyCollection,
  file: NeighbourFile | undefined,
): { table: NeighbourTable; source: "file" | "computed" } {
  if (file && file.seaKm === SEA_NEIGHBOUR_KM && fits(file, counties)) {
    return { table: { land: file.land, sea: file.sea }, source: "file" };
  }
  return { table: computeNeighbourTable(counties), source: "computed" };
}
