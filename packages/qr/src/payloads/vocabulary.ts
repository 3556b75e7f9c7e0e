/**
 * Code tables shared with spec/qr.md and the other weldcode packages ("Shared vocabulary").
 * The index of a name is its wire code; '' marks an unassigned code.
 */
export const PAYLOAD_KINDS = ['', 'plate', 'credential', 'permit', 'trust-list', 'revocation'] as const;
/** A kind of signed payload. */
export type PayloadKind = Exclude<(typeof PAYLOAD_KINDS)[number], ''>;

export const CERTIFICATE_TYPES = [
  '',
  'em-welding',
  'construction-welder',
  'special-equipment-welding',
] as const;
/** The three welder certificates: 1 特种作业操作证, 2 建筑焊工, 3 特种设备焊接作业. */
export type CertificateType = Exclude<(typeof CERTIFICATE_TYPES)[number], ''>;

export const PERMIT_LEVELS = ['', 'special', 'level-1', 'level-2'] as const;
/** Hot-work permit level: 特级, 一级, 二级 (GB 30871-2022). */
export type PermitLevel = Exclude<(typeof PERMIT_LEVELS)[number], ''>;

export const WORK_KINDS = [
  '',
  'ordinary',
  'crowded-place',
  'construction-site',
  'special-equipment',
] as const;
/** Kind of hot work a permit allows. */
export type WorkKind = Exclude<(typeof WORK_KINDS)[number], ''>;

export const DATUMS = ['', 'wgs84', 'gcj02', 'bd09'] as const;
/** Coordinate reference of a zone. */
export type Datum = Exclude<(typeof DATUMS)[number], ''>;
