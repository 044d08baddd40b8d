import { describe, expect, it } from "vitest";
import { computeAdjacency } from "../../src/geo/neighbours";
import { realCounties } from "./fixtures";

const adjacency = computeAdjacency(realCounties());

describe("county adjacency from the geometry", () => {
  it("knows the facts a regional analyst knows", () => {
    expect(adjacency["SE-BD"]).toEqual(["SE-AC"]); // Norrbotten: only Västerbotten by land
    expect(adjacency["SE-M"]).toEqual(["SE-G", "SE-K", "SE-N"]); // Skåne: Kronoberg, Blekinge, Halland
    expect(adjacency["SE-AB"]).not.toContain("SE-U"); // Stockholm and Västmanland do not meet
    expect(adjacency["SE-I"]).toEqual([]); // Gotland has no land neighbour
    expect(adjacency["SE-K"]).toEqual(["SE-G", "SE-H", "SE-M"]); // Blekinge: Kronoberg, Kalmar, Skåne
  });

  it("is symmetric and never lists a county as its own neighbour", () => {
    for (const [code, list] of Object.entries(adjacency)) {
      expect(list).not.toContain(code);
      for (const other of list) expect(adjacency[other]).toContain(code);
    }
  });

  it("gives every county but Gotland at least one neighbour", () => {
    const lonely = Object.entries(adjacency)
      .filter(([, list]) => list.length === 0)
      .map(([code]) => code);
    expect(lonely).toEqual(["SE-I"]);
  });
});
