import type { Region, Status } from "../../data/schema";
import type { RegionFigures } from "../../data/selectors";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { MatrixCell, type ActiveCell } from "./MatrixCell";
import type { ColumnGroup } from "./matrixColumns";

type MatrixRowProps = {
  region: Region;
  /** The region's status as the dataset names it (absent: the status id is shown), and its colour. */
  status: Status | undefined;
  color: string | undefined;
  figures: RegionFigures | undefined;
  groups: readonly ColumnGroup[];
  isSelected: boolean;
  active: ActiveCell | null;
  detailsId: string;
  lang: Lang;
  onSelectRegion: (code: string) => void;
  onOpen: (cell: ActiveCell, button: HTMLButtonElement) => void;
};

/** One region's row: its name (a button that selects it), status, year and counts, then a cell per column. */
export function MatrixRow({
  region,
  status,
  color,
  figures,
  groups,
  isSelected,
  active,
  detailsId,
  lang,
  onSelectRegion,
  onOpen,
}: MatrixRowProps) {
  const t = OVERVIEW_STRINGS[lang];
  return (
    <tr data-region={region.code} className={isSelected ? "is-selected" : undefined} aria-current={isSelected ? "true" : undefined}>
      <th scope="row" className="matrix-region">
        <button
          type="button"
          className="matrix-region-button"
          title={t.selectRegion(region.name)}
          onClick={() => onSelectRegion(region.code)}
        >
          {region.name}
        </button>
      </th>
      <td className="matrix-status">
        <span className="matrix-swatch" style={{ background: color }} aria-hidden="true" />
        {status ? status[lang] : region.strategy.status}
      </td>
      <td className="matrix-num">{region.strategy.adopted}</td>
      <td className="matrix-num">{figures?.listed ?? 0}</td>
      <td className="matrix-num">{figures?.examples ?? 0}</td>
      {groups.flatMap((g) =>
        g.columns.map((column, i) => (
          <MatrixCell
            key={column.key}
            region={region}
            column={column}
            groupStart={i === 0}
            isActive={active?.code === region.code && active.column === column.key}
            detailsId={detailsId}
            lang={lang}
            onOpen={onOpen}
          />
        )),
      )}
    </tr>
  );
}
