/** One class of a map legend: its colour, its label and the regions in it. */
export type LegendClass = {
  key: string;
  label: string;
  color: string;
  /** Region codes in this class, in dataset order. */
  regions: string[];
};
