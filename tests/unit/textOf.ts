/**
 * An element's text as a reader sees it: whitespace collapsed and trimmed, as
 * Testing Library's default normaliser does for getByText. For exact
 * comparisons (`expect(textOf(caption)).toBe("…")`) that do not hinge on a
 * space between two JSX expressions. Undefined when there is no element.
 */
export function textOf(node: Node | null | undefined): string | undefined {
  return node?.textContent?.replace(/\s+/gu, " ").trim();
}
