import { plural } from "./plural";
import type { Lang } from "./strings";

/** Strings of the change view: the colour mode and the region panel's section "Förändring sedan …". */
const sv = {
  sincePicker: "Jämfört med utgåvan",
  title: (since: string) => `Förändring sedan utgåvan ${since}`,
  subtitle: (since: string, shown: string) => `Strategiförteckningen i utgåvan ${shown} jämförd med utgåvan ${since}`,
  loading: (since: string) => `Läser utgåvan ${since} …`,
  missing: (since: string) => `Utgåvan ${since} finns inte i den här versionen av RUS-kartan.`,
  kinds: {
    replaced: "Ny strategi (annan titel i förteckningen)",
    readopted: "Samma titel, annat antagandeår",
    same: "Samma strategi och antagandeår",
    absent: "Inte förtecknad i den förra utgåvan",
  },
  explained:
    "RUS-kartans jämförelse av två sammanställningars strategiförteckningar (titel och antagandeår), inte rapportens egen. Titlar jämförs ord för ord.",
  listsCaveat:
    "Rapporternas förteckningar är exempel, inte fullständiga register, och två sammanställningar kan formulera dem olika: att en region inte längre nämns betyder inte att arbetet upphört.",
  section: (since: string) => `Förändring sedan utgåvan ${since}`,
  strategy: "Strategin",
  status: "Status",
  statusWords: "Rapporternas egna ord; grupperna är varje utgåvas egna och jämförs inte av RUS-kartan.",
  adopted: (year: number) => `antagen ${year}`,
  joined: "Nämns nu i förteckningen",
  left: "Nämns inte längre i förteckningen",
  noListChange: (n: number) =>
    `Ingen ändring i de ${n} ${plural("sv", n, { one: "förteckning", other: "förteckningar" })} som finns i båda utgåvorna.`,
  listsCompared: (n: number) =>
    `Bygger på ${n} ${plural("sv", n, { one: "förteckning", other: "förteckningar" })} som finns i båda utgåvorna.`,
  notListed: "Inte förtecknad",
  footnoteNames: (footnote: number, names: string) => `Fotnot ${footnote} nämner ${names}.`,
};

export type ChangeStrings = typeof sv;

const en: ChangeStrings = {
  sincePicker: "Compared with the edition",
  title: (since) => `Change since the ${since} edition`,
  subtitle: (since, shown) => `The list of strategies in the ${shown} edition compared with the ${since} edition`,
  loading: (since) => `Reading the ${since} edition …`,
  missing: (since) => `The ${since} edition is not in this version of RUS-kartan.`,
  kinds: {
    replaced: "New strategy (another title in the list)",
    readopted: "Same title, another adoption year",
    same: "Same strategy and adoption year",
    absent: "Not listed in the previous edition",
  },
  explained:
    "RUS-kartan's comparison of two compilations' lists of strategies (title and adoption year), not the report's own. Titles are compared word by word.",
  listsCaveat:
    "The reports' lists are examples, not complete records, and two compilations may word them differently: a region no longer named does not mean the work has stopped.",
  section: (since) => `Change since the ${since} edition`,
  strategy: "Strategy",
  status: "Status",
  statusWords: "The reports' own words; each edition's groups are its own and RUS-kartan does not compare them.",
  adopted: (year) => `adopted ${year}`,
  joined: "Now named in the list",
  left: "No longer named in the list",
  noListChange: (n) => `No change in the ${n} ${plural("en", n, { one: "list", other: "lists" })} found in both editions.`,
  listsCompared: (n) => `Rests on ${n} ${plural("en", n, { one: "list", other: "lists" })} found in both editions.`,
  notListed: "Not listed",
  footnoteNames: (footnote, names) => `Footnote ${footnote} names ${names}.`,
};

export const CHANGE_STRINGS: Record<Lang, ChangeStrings> = { sv, en };
