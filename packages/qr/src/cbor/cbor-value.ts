/**
 * The CBOR data model of the weldcode profile (spec/qr.md, "Deterministic CBOR"): unsigned and
 * negative integers within the JavaScript safe range, byte and text strings, arrays and maps with
 * integer keys. Floats, simple values and nested tags are outside the profile.
 */
export type CborValue = number | string | Uint8Array | CborValue[] | CborMap;

/** A CBOR map of the profile: integer keys only. */
export type CborMap = Map<number, CborValue>;

/** A tagged top-level item (only COSE_Sign1, tag 18, is used). */
export interface CborTagged {
  tag: number;
  value: CborValue;
}
