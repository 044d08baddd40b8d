import { createContext, useContext } from "react";
import type { Edition } from "../data/schema";

/**
 * The report edition the page shows, for citations ("Tillväxtverket 2026,
 * avsnitt 2.2.2"): from the dataset, so a later edition cites itself. The
 * dashboard and each panel provide it from the dataset they are given.
 */
const EditionContext = createContext<Edition | undefined>(undefined);

export const EditionProvider = EditionContext.Provider;

export function useEdition(): Edition | undefined {
  return useContext(EditionContext);
}
