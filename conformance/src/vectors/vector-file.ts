/** One test case inside a vector file. Area schemas add their own fields. */
export interface VectorCase {
  /** Unique across every vector file of the suite. */
  id: string;
  /** What the case checks, for people. */
  description: string;
  /** The spec requirement IDs the case checks (`WC-PROTO-012`). */
  requirements: string[];
  [field: string]: unknown;
}

/** A vector file after schema validation. */
export interface VectorFile<C extends VectorCase = VectorCase> {
  /** Path relative to the vectors folder, with `/` (`qr/plate.json`). */
  path: string;
  /** The area folder the file sits in; it names the schema that validated it. */
  area: string;
  description: string;
  source?: string;
  cases: C[];
}
