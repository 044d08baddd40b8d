import type { DataNote } from "../data/schema";

/** How many notes are contradictions of the report and how many are RUS-kartan's readings: [conflicts, readings]. */
export function noteKinds(notes: readonly DataNote[]): [conflicts: number, readings: number] {
  const conflicts = notes.filter((note) => note.kind === "conflict").length;
  return [conflicts, notes.length - conflicts];
}
