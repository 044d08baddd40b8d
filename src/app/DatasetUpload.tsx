import { useEffect, useRef, useState } from "react";
import type { Dataset } from "../data/schema";
import { rememberOpenedEdition } from "../data/openedEditions";
import { errorName, type Refusal } from "../data/issues";
import type { OpenedFile } from "../data/editionBundle";
import { EDITION_FILE_STRINGS } from "../i18n/editionIssues";
import { RESILIENCE_STRINGS } from "../i18n/resilience";
import type { Lang } from "../i18n/strings";
import { looksLikeDeck } from "../present/deckSchema";
import { reasonCount, RefusalList } from "../ui/IssueList";
import { lazyModule } from "../ui/lazyWithRetry";
import "./upload.css";

/** Reading and checking an opened file (data/upload.ts, with the edition bundle's schemas) loads with the first file, not with the map. */
const uploadCode = lazyModule(() => import("../data/upload"));

type Outcome =
  | { kind: "rejected"; name: string; refusal: Refusal }
  /** `bundle`: the edition the file brought whole (its id, and whether its English came with it). */
  | { kind: "loaded"; name: string; regions: number; practices: number; bundle?: { edition: string; english: boolean } };

/**
 * "Open data file…": opens an edition from a file the user picks or drops anywhere on the page: a bundle (dataset,
 * report parse, translation: data/editionBundle.ts), or a dataset alone of an edition the app has the report of. A
 * file that fails is refused with every problem listed — an edition's files that do not belong together with both
 * editions named — and the current dataset stays; a valid one is remembered with its report (openedEditions.ts,
 * before the dataset changes, so the reader and the English find it) and replaces the dataset, and every view follows.
 * A deck file is told apart and sent to the deck builder.
 */
export function DatasetUpload({ lang, onDataset }: { lang: Lang; onDataset: (data: Dataset) => void }) {
  const t = RESILIENCE_STRINGS[lang];
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDataset);
  useEffect(() => {
    latest.current = onDataset;
  });

  const open = async (file: File) => {
    let result: OpenedFile;
    try {
      result = await (await uploadCode()).readDatasetFile(file, { looksLikeDeck });
    } catch (error) {
      // The code could not be had (the network went before it was preloaded): the file is refused, saying why.
      result = { ok: false, problem: { kind: "unreadable", detail: errorName(error) } };
    }
    if (result.ok) {
      if (result.opened) rememberOpenedEdition(result.opened);
      latest.current(result.data);
      const { regions, practices, edition } = result.data;
      // An opened edition (a bundle, or a dataset of one opened before) says which edition now shows with its report.
      const bundle = result.opened ? { edition: edition.id, english: result.opened.translation !== undefined } : undefined;
      setOutcome({ kind: "loaded", name: file.name, regions: regions.length, practices: practices.length, ...(bundle && { bundle }) });
    } else setOutcome({ kind: "rejected", name: file.name, refusal: result });
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // Drag and drop onto the whole page: the listeners live on window, for the life of the control.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      // Without this the browser opens the dropped file as a page.
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      const file = files?.[0];
      if (!file) return;
      if (files.length > 1) {
        setOutcome({
          kind: "rejected",
          name: file.name,
          refusal: {
            ok: false,
            issues: [{ path: "(files)", message: RESILIENCE_STRINGS.en.notOneFile, problem: { code: "rule", rule: "not-one-file" } }],
          },
        });
        return;
      }
      void openRef.current(file);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [lang]);

  return (
    <div className="dataset-upload">
      <button type="button" className="dataset-upload-button" title={t.openDataFileHint} onClick={() => inputRef.current?.click()}>
        {t.openDataFile}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="dataset-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same (now corrected) file again fires a change.
          event.target.value = "";
          if (file) void open(file);
        }}
      />
      {dragging && (
        <div className="dataset-drop-overlay" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      )}
      {outcome && <UploadOutcome lang={lang} outcome={outcome} onDismiss={() => setOutcome(null)} />}
    </div>
  );
}

function UploadOutcome({ lang, outcome, onDismiss }: { lang: Lang; outcome: Outcome; onDismiss: () => void }) {
  const t = RESILIENCE_STRINGS[lang];
  const dismiss = (
    <button type="button" className="upload-dismiss" onClick={onDismiss} aria-label={t.dismiss}>
      ×
    </button>
  );
  if (outcome.kind === "loaded") {
    return (
      <div className="upload-outcome upload-loaded" role="status" data-testid="upload-loaded">
        <p>
          {outcome.bundle
            ? EDITION_FILE_STRINGS[lang].bundleLoaded(
                outcome.name,
                outcome.bundle.edition,
                outcome.bundle.english,
                outcome.regions,
                outcome.practices,
              )
            : t.uploadLoaded(outcome.name, outcome.regions, outcome.practices)}
        </p>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="upload-outcome upload-error error-box" role="alert" data-testid="upload-error">
      <div>
        <p>{t.uploadRejected(outcome.name, reasonCount(outcome.refusal))}</p>
        <RefusalList refusal={outcome.refusal} lang={lang} />
      </div>
      {dismiss}
    </div>
  );
}
