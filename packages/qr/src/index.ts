/**
 * Signed weldcode QR codes: the machine plate (设备码), the worker credential (人员码) and the
 * hot-work permit (动火作业许可码) as COSE_Sign1 / Ed25519 over deterministic CBOR in Base45 text
 * or an upper-case https URL; root-signed trust lists with key rotation; per-issuer incremental
 * revocation; an offline verifier with reason codes in Chinese and English; QR rendering.
 * Normative reference: spec/qr.md.
 *
 * @packageDocumentation
 * @module @weldcode/qr
 */

export { encodeCanonical } from './cbor/canonical-encode';
export type { CborMap, CborTagged, CborValue } from './cbor/cbor-value';
export { decodeStrict, type StrictDecodeOptions } from './cbor/strict-decode';
export { bindingHash, type DecodedCode, type IssuedCode, inspectCode, issueCode, toUrlForm } from './codes';
export { ALG_EDDSA, COSE_SIGN1_TAG, type CoseSign1, decodeCoseSign1, KID_LENGTH } from './cose/cose-sign1';
export { signPayload } from './cose/sign-payload';
export type { CredentialCertificate, WorkerCredential } from './payloads/credential';
export type { CodePayload, Payload } from './payloads/payload';
export { payloadFromJson, payloadToJson } from './payloads/payload-json';
export type { CircleZone, HotWorkPermit, PermitZone, PolygonZone } from './payloads/permit';
export type { MachinePlate } from './payloads/plate';
export { equalIdHash, hashIdNumber, maskName } from './payloads/privacy';
export { revocationDelta } from './payloads/revocation-delta';
export type { RevocableKind, RevocationEntry, RevocationList } from './payloads/revocation-list';
export type { TrustedKey, TrustList } from './payloads/trust-list';
export {
  CERTIFICATE_TYPES,
  type CertificateType,
  DATUMS,
  type Datum,
  PAYLOAD_KINDS,
  type PayloadKind,
  PERMIT_LEVELS,
  type PermitLevel,
  WORK_KINDS,
  type WorkKind,
} from './payloads/vocabulary';
export { QrError, type QrErrorCode } from './qr-error';
export {
  REASON_CODES,
  REASON_MESSAGES,
  type ReasonCode,
  type ReasonMessage,
  type WarningCode,
} from './reasons';
export { labelSheets, type PlateLabel } from './render/label-sheet';
export {
  type EccLevel,
  type RenderOptions,
  renderPng,
  renderSvg,
  type SymbolInfo,
  symbolInfo,
} from './render/render-code';
export { BASE45_ALPHABET, decodeBase45, encodeBase45 } from './text/base45';
export { decodeText, encodeText, normaliseScan, TEXT_PREFIX } from './text/text-form';
export { type PermitBundle, type PermitBundleResult, verifyPermitBundle } from './verify/permit-bundle';
export { QrVerifier, type QrVerifierOptions } from './verify/qr-verifier';
export { acceptRevocationList, type RevocationState } from './verify/revocations';
export {
  acceptTrustList,
  createTrustState,
  type HeldRevocations,
  type ListLoadResult,
  type PreparedKey,
  type TrustState,
  type VerifierBackend,
} from './verify/trust-state';
export { type VerificationResult, type VerifyOptions, verifyBytes, verifyCode } from './verify/verify-code';
