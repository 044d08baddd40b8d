import { useId, useRef, useState, type KeyboardEvent } from "react";

export type RegionListProps = {
  /** The regions in the order the list shows them. */
  regions: { code: string; name: string }[];
  selected?: string;
  /** Accessible name of the list. */
  label: string;
  /** How to use it, read after the name. */
  hint: string;
  onSelect: (code: string) => void;
  /** The region the list's focus is on, or undefined when focus leaves: the map outlines it. */
  onFocusRegion: (code: string | undefined) => void;
};

/** Next index for a navigation key, or null when the key is not one. */
export function moveIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (index + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** Type-ahead: the next region after `index` whose name starts with `letter`. */
export function indexByLetter(names: readonly string[], letter: string, index: number): number | null {
  const wanted = letter.toLocaleLowerCase();
  for (let step = 1; step <= names.length; step++) {
    const i = (index + step) % names.length;
    if (names[i]!.toLocaleLowerCase().startsWith(wanted)) return i;
  }
  return null;
}

/**
 * The regions of the map as one keyboard stop (a listbox with a roving
 * tabindex): arrow keys move between regions and the map outlines the one in
 * focus, Enter or Space selects it, a letter jumps by name. It is the map's
 * keyboard access, so a region is never reachable only from the table.
 */
export function RegionList({ regions, selected, label, hint, onSelect, onFocusRegion }: RegionListProps) {
  const hintId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = regions.findIndex((r) => r.code === selected);
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  // The selection can change elsewhere (map click, panel): the list's stop follows it.
  const [lastSelected, setLastSelected] = useState(selected);
  if (lastSelected !== selected) {
    setLastSelected(selected);
    if (selectedIndex >= 0) setActive(selectedIndex);
  }
  const current = Math.min(active, regions.length - 1);

  const focusAt = (index: number) => {
    setActive(index);
    listRef.current?.querySelectorAll<HTMLElement>("[role=option]")[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveIndex(event.key, current, regions.length);
    if (next !== null) {
      event.preventDefault();
      focusAt(next);
      return;
    }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(regions[current]!.code);
      return;
    }
    if (event.key.length === 1 && /\p{L}/u.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const found = indexByLetter(
        regions.map((r) => r.name),
        event.key,
        current,
      );
      if (found !== null) focusAt(found);
    }
  };

  return (
    <div className="region-list" data-testid="region-list">
      <p id={hintId} className="visually-hidden">
        {hint}
      </p>
      <ul
        ref={listRef}
        role="listbox"
        aria-label={label}
        aria-describedby={hintId}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) onFocusRegion(undefined);
        }}
      >
        {regions.map((region, i) => (
          <li
            key={region.code}
            role="option"
            aria-selected={region.code === selected}
            tabIndex={i === current ? 0 : -1}
            data-code={region.code}
            onFocus={() => {
              setActive(i);
              onFocusRegion(region.code);
            }}
            onClick={() => onSelect(region.code)}
          >
            {region.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
