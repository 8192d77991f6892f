/** The attributes of a layer as the ZoneSet carries them (no I/O here: the rules and the editor page read it). */

/** What sections should share, on a layer: values by the layer's zone (or unit) id, and the zones without one. */
export interface ZoneAttributes {
  file: string;
  /** the columns of --similar-by (derived ones by their name), then the other numeric columns of the file */
  columns: string[];
  /** how many of `columns` are --similar-by's (the homogeneity figures use these) */
  similar: number;
  /** the --similar-by weights */
  weights: number[];
  /** layer id → a value per column (NaN = missing); a unit of a split zone takes its zone's values */
  byId: Map<string, number[]>;
  /** layer ids without a value in a --similar-by column, in the layer's order */
  missing: string[];
}

declare module '../core/types.js' {
  interface ZoneSet {
    /** the attributes sections should share (--attributes, --similar-by), when given */
    attributes?: ZoneAttributes;
  }
}
