import type { DataNote } from "../data/schema";

/** How many notes are places where the report's passages differ and how many are RUS-kartan's readings. */
export function noteKinds(notes: readonly DataNote[]): [differences: number, readings: number] {
  const differences = notes.filter((note) => note.kind === "difference").length;
  return [differences, notes.length - differences];
}
