import { useEffect, useRef, useState } from "react";
import type { Deck } from "./deckSchema";
import { openPresenterChannel } from "./presenterChannel";
import { clampSlide, readToPresentation, withVersion, type PresenterPictures } from "./presenterMessages";

/**
 * The presentation window's pictures for its presenter view: the slide shown and the next one, drawn with
 * `pictureOf` (the slide grid's pipeline, at the presenter view's size) and sent on the presenter channel. Only while
 * presenting and once a presenter view has said hello: without one, no slide change pays for two pictures.
 */
export function usePresenterPictures(present: boolean, deck: Deck | null, slide: number, pictureOf: (index: number) => Promise<string>) {
  const channel = useRef<BroadcastChannel | null>(null);
  // Counts the hellos: a presenter view opened again (or reloaded) is sent the pictures again.
  const [hellos, setHellos] = useState(0);

  useEffect(() => {
    if (!present) return;
    const opened = openPresenterChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const received = readToPresentation(event.data);
      if (received.kind === "ok" && received.message.type === "hello") setHellos((n) => n + 1);
    };
    return () => {
      opened.close();
      channel.current = null;
      // The next presentation draws nothing until a presenter view says hello to it.
      setHellos(0);
    };
  }, [present]);

  useEffect(() => {
    if (!present || hellos === 0 || !deck) return;
    let alive = true;
    // A picture that cannot be drawn is left out; the presenter view shows the slide's words without it.
    const pictureAt = (index: number) =>
      index < deck.slides.length ? pictureOf(index).catch(() => undefined) : Promise.resolve(undefined);
    void Promise.all([pictureAt(slide - 1), pictureAt(slide)]).then(([current, next]) => {
      const message = { type: "pictures", slide: clampSlide(slide, deck.slides.length), current, next } as const;
      if (alive) channel.current?.postMessage(withVersion(message) satisfies PresenterPictures);
    });
    return () => {
      alive = false;
    };
  }, [present, hellos, deck, slide, pictureOf]);
}
