/**
 * The closed list of verification reason codes, shared with spec/qr.md (WC-QR-080) and the
 * vectors. Stable API: a code is never renamed or reused; new codes are added at the end.
 */
export const REASON_CODES = [
  'OK',
  'BAD_PREFIX',
  'BAD_BASE45',
  'CBOR_MALFORMED',
  'CBOR_NOT_DETERMINISTIC',
  'BAD_COSE_TAG',
  'BAD_COSE_STRUCTURE',
  'ALGORITHM_MISMATCH',
  'NO_TRUST_LIST',
  'TRUST_LIST_EXPIRED',
  'TRUST_LIST_STALE',
  'CLOCK_SUSPECT',
  'UNKNOWN_KID',
  'BAD_SIGNATURE',
  'SCHEMA_ERROR',
  'WRONG_KIND',
  'KEY_NOT_AUTHORISED',
  'NOT_YET_VALID',
  'EXPIRED',
  'REVOKED',
  'SUPERSEDED_PLATE',
  'REVOCATION_UNKNOWN',
  'BINDING_MISMATCH',
  'LIST_ROLLBACK',
  'REVOCATION_GAP',
] as const;

/** One verification reason code. `OK` is the only code of a valid result without warnings. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** Codes that leave a result valid under the default policy and are reported as warnings. */
export type WarningCode = Extract<ReasonCode, 'TRUST_LIST_STALE' | 'REVOCATION_UNKNOWN'>;

/** A message for people in both languages of the product. */
export interface ReasonMessage {
  zh: string;
  en: string;
}

/**
 * Messages keyed by reason code. They tell the person holding the phone what to do, never
 * only what failed (the EU certificate's "clock skew" messages confused inspectors).
 *
 * @example
 * ```ts
 * import { REASON_MESSAGES } from '@weldcode/qr';
 *
 * REASON_MESSAGES.CLOCK_SUSPECT.zh; // '手机时间不正确，请校准时间后重新扫码'
 * ```
 */
export const REASON_MESSAGES: Readonly<Record<ReasonCode, ReasonMessage>> = {
  OK: { zh: '验证通过', en: 'Valid' },
  BAD_PREFIX: {
    zh: '不是焊码二维码（前缀或版本不符）',
    en: 'Not a weldcode QR code (wrong prefix or version)',
  },
  BAD_BASE45: { zh: '二维码内容已损坏，请重新扫码', en: 'The code is damaged; scan it again' },
  CBOR_MALFORMED: { zh: '二维码数据格式错误', en: 'The code data is malformed' },
  CBOR_NOT_DETERMINISTIC: {
    zh: '二维码数据编码不规范，可能被篡改',
    en: 'The code data is not canonically encoded and may have been altered',
  },
  BAD_COSE_TAG: { zh: '二维码签名结构类型错误', en: 'The code is not a signed weldcode structure' },
  BAD_COSE_STRUCTURE: { zh: '二维码签名结构错误', en: 'The signature structure of the code is invalid' },
  ALGORITHM_MISMATCH: { zh: '签名算法不被接受', en: 'The signature algorithm is not accepted' },
  NO_TRUST_LIST: {
    zh: '尚未下载信任列表，请联网更新后再验证',
    en: 'No trust list yet; go online to download it, then verify again',
  },
  TRUST_LIST_EXPIRED: {
    zh: '信任列表已过期，请联网更新后再验证',
    en: 'The trust list has expired; go online to update it, then verify again',
  },
  TRUST_LIST_STALE: {
    zh: '验证通过，但信任列表需要更新，请尽快联网',
    en: 'Valid, but the trust list is due for an update; go online soon',
  },
  CLOCK_SUSPECT: {
    zh: '手机时间不正确，请校准时间后重新扫码',
    en: "This phone's clock is wrong; set the correct time and scan again",
  },
  UNKNOWN_KID: {
    zh: '签发机构不在信任列表中，可能为伪造码',
    en: 'The issuer is not in the trust list; the code may be counterfeit',
  },
  BAD_SIGNATURE: { zh: '签名无效，疑似伪造或篡改', en: 'Invalid signature: counterfeit or altered code' },
  SCHEMA_ERROR: {
    zh: '二维码内容不完整或字段错误',
    en: 'The code content is incomplete or has invalid fields',
  },
  WRONG_KIND: {
    zh: '二维码类型不符（例如将人员码当作设备码扫描）',
    en: 'Wrong kind of code (for example a worker code scanned as a machine plate)',
  },
  KEY_NOT_AUTHORISED: {
    zh: '签发密钥无权签发此类二维码',
    en: 'The issuing key is not authorised to sign this kind of code',
  },
  NOT_YET_VALID: { zh: '尚未生效', en: 'Not valid yet' },
  EXPIRED: { zh: '已过期', en: 'Expired' },
  REVOKED: { zh: '已被撤销', en: 'Revoked' },
  SUPERSEDED_PLATE: {
    zh: '该设备码已被新码替换，请使用设备上的最新设备码',
    en: 'This plate was replaced by a newer one; use the current plate on the machine',
  },
  REVOCATION_UNKNOWN: {
    zh: '无法确认是否已撤销（撤销列表缺失或过旧），请联网更新',
    en: 'Revocation status unknown (list missing or out of date); go online to update',
  },
  BINDING_MISMATCH: {
    zh: '人员、设备与动火作业许可不匹配',
    en: 'The worker or machine is not covered by this hot-work permit',
  },
  LIST_ROLLBACK: {
    zh: '收到的列表比已有列表更旧，已忽略',
    en: 'The list received is older than the one held; ignored',
  },
  REVOCATION_GAP: {
    zh: '撤销列表增量不连续，请下载完整列表',
    en: 'The revocation update does not follow the list held; download the full list',
  },
};
