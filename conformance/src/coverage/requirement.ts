/** A requirement defined in the spec. */
export interface Requirement {
  /** `WC-<AREA>-<NNN>`. */
  id: string;
  /** `PROTO`, `QR`, `CRED`, `GEO`, `SIM`, `SRV`, `SUP` or `CONF`. */
  area: string;
  /** Spec file relative to the repository root. */
  file: string;
  line: number;
  /** The normative sentence after the ID. */
  text: string;
  withdrawn: boolean;
}

/** A place outside the spec (test, vector, conformance case) that names a requirement ID. */
export interface RequirementReference {
  id: string;
  file: string;
  line: number;
}

/** The areas of the requirement-ID scheme, in the order reports list them. */
export const REQUIREMENT_AREAS = ['PROTO', 'QR', 'CRED', 'GEO', 'SIM', 'SRV', 'SUP', 'CONF'] as const;

/** Any requirement ID, anywhere in a line. */
export const REQUIREMENT_ID_PATTERN = /\bWC-(PROTO|QR|CRED|GEO|SIM|SRV|SUP|CONF)-\d{3}\b/g;
