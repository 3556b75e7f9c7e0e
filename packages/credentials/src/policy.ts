import { parseCalendarDay } from './calendar-day';
import { CredentialsError } from './credentials-error';
import {
  CERTIFICATE_TYPES,
  type CertificateType,
  isCertificateType,
  WORK_KINDS,
  type WorkKind,
} from './vocabulary';

/** The rules a policy sets for one certificate type. */
export interface CertificateRule {
  nameZh: string;
  nameEn: string;
  /** Which kind of authority issues it (`emergency-management`, `housing-construction`, ...). */
  issuer: string;
  /** Longest single term from `validFrom` to `validTo`; a longer one draws a warning. */
  termYears: number;
  /** Years from `validFrom` to the first review (复审), when the record carries no review date. */
  reviewIntervalYears: number | null;
  /** Regular expressions (source text); a number matching none is suspicious. */
  numberPatterns: string[];
  /** Whether an 18-character number (after an optional `T`) is an ID number whose check digit must hold. */
  numberEmbedsIdNumber: boolean;
}

/**
 * A certificate policy document (JSON, schema in `schema/policy.schema.json`). Districts publish
 * their own; every verdict names the `policyId` and `version` that decided it.
 */
export interface CredentialPolicy {
  policyId: string;
  version: string;
  publisher: string;
  effectiveFrom?: string;
  description?: string;
  /** 临期 horizons in days, e.g. `[90, 60, 30]`. */
  warningHorizonsDays: number[];
  /** Whether a number of an unexpected format only warns or rejects. */
  suspiciousNumber: 'warn' | 'reject';
  authority: {
    /** Whether every verification must consult the issuing authority's registry. */
    required: boolean;
    /** How old a cached authority answer may be and still decide when the authority is unreachable. */
    graceHours: number;
  };
  certificates: Record<CertificateType, CertificateRule>;
  /** 互认 matrix: the certificate types accepted for each work kind. */
  workKinds: Record<WorkKind, CertificateType[]>;
}

/** A policy prepared for fast repeated use (regular expressions compiled, horizons sorted). */
export interface CompiledPolicy {
  readonly document: CredentialPolicy;
  readonly horizons: readonly number[];
  readonly maxHorizon: number;
  readonly numberPatterns: Readonly<Record<CertificateType, readonly RegExp[]>>;
  readonly accepted: Readonly<Record<WorkKind, ReadonlySet<CertificateType>>>;
}

const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(path: string, why: string): never {
  throw new CredentialsError('ERR_CRED_POLICY_INVALID', `policy ${path}: ${why}`, { details: { path } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(`${path}.${key}`, 'unknown key');
}

function text(value: unknown, path: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) fail(path, 'expected a string');
  if (pattern !== undefined && !pattern.test(value)) fail(path, `does not match ${pattern.source}`);
  return value;
}

function wholeNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `expected an integer in ${min}..${max}`);
  }
  return value;
}

function parseRule(value: unknown, path: string): CertificateRule {
  if (!isRecord(value)) fail(path, 'expected an object');
  onlyKeys(value, path, [
    'nameZh',
    'nameEn',
    'issuer',
    'termYears',
    'reviewIntervalYears',
    'numberPatterns',
    'numberEmbedsIdNumber',
  ]);
  const patterns = value.numberPatterns;
  if (!Array.isArray(patterns) || patterns.length === 0) fail(`${path}.numberPatterns`, 'expected patterns');
  for (const [i, pattern] of patterns.entries()) {
    try {
      new RegExp(text(pattern, `${path}.numberPatterns[${i}]`), 'u');
    } catch (cause) {
      if (cause instanceof CredentialsError) throw cause;
      fail(`${path}.numberPatterns[${i}]`, 'not a regular expression');
    }
  }
  if (typeof value.numberEmbedsIdNumber !== 'boolean')
    fail(`${path}.numberEmbedsIdNumber`, 'expected a boolean');
  return {
    nameZh: text(value.nameZh, `${path}.nameZh`),
    nameEn: text(value.nameEn, `${path}.nameEn`),
    issuer: text(value.issuer, `${path}.issuer`, ID_PATTERN),
    termYears: wholeNumber(value.termYears, `${path}.termYears`, 1, 50),
    reviewIntervalYears:
      value.reviewIntervalYears === null
        ? null
        : wholeNumber(value.reviewIntervalYears, `${path}.reviewIntervalYears`, 1, 50),
    numberPatterns: [...(patterns as string[])],
    numberEmbedsIdNumber: value.numberEmbedsIdNumber,
  };
}

function parseMatrix(value: unknown): Record<WorkKind, CertificateType[]> {
  if (!isRecord(value)) fail('workKinds', 'expected an object');
  onlyKeys(value, 'workKinds', WORK_KINDS);
  const matrix = {} as Record<WorkKind, CertificateType[]>;
  for (const kind of WORK_KINDS) {
    const types = value[kind];
    if (!Array.isArray(types)) fail(`workKinds.${kind}`, 'expected a list of certificate types');
    for (const type of types) if (!isCertificateType(type)) fail(`workKinds.${kind}`, `unknown type ${type}`);
    if (new Set(types).size !== types.length) fail(`workKinds.${kind}`, 'duplicate type');
    matrix[kind] = [...(types as CertificateType[])];
  }
  return matrix;
}

function parseAuthority(value: unknown): CredentialPolicy['authority'] {
  if (!isRecord(value)) fail('authority', 'expected an object');
  onlyKeys(value, 'authority', ['required', 'graceHours']);
  if (typeof value.required !== 'boolean') fail('authority.required', 'expected a boolean');
  return {
    required: value.required,
    graceHours: wholeNumber(value.graceHours, 'authority.graceHours', 0, 720),
  };
}

function parseHorizons(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 8)
    fail('warningHorizonsDays', 'expected 1..8');
  const days = value.map((day, i) => wholeNumber(day, `warningHorizonsDays[${i}]`, 1, 3650));
  if (new Set(days).size !== days.length) fail('warningHorizonsDays', 'duplicate horizon');
  return days;
}

const TOP_KEYS = [
  '$schema',
  'policyId',
  'version',
  'publisher',
  'effectiveFrom',
  'description',
  'warningHorizonsDays',
  'suspiciousNumber',
  'authority',
  'certificates',
  'workKinds',
] as const;

/**
 * Validates a policy document (for example one a district published as JSON) and returns a clean
 * copy. The rules are those of `schema/policy.schema.json`.
 *
 * @throws {@link CredentialsError} `ERR_CRED_POLICY_INVALID`, with the offending path in `details`.
 * @example
 * ```ts
 * import { DEFAULT_POLICY, parsePolicy } from '@weldcode/credentials';
 * const district = parsePolicy({ ...DEFAULT_POLICY, policyId: 'fengxian', version: '2026.2' });
 * ```
 */
export function parsePolicy(input: unknown): CredentialPolicy {
  if (!isRecord(input)) fail('$', 'expected an object');
  onlyKeys(input, '$', TOP_KEYS);
  const certificates = input.certificates;
  if (!isRecord(certificates)) fail('certificates', 'expected an object');
  onlyKeys(certificates, 'certificates', CERTIFICATE_TYPES);
  const rules = {} as Record<CertificateType, CertificateRule>;
  for (const type of CERTIFICATE_TYPES) rules[type] = parseRule(certificates[type], `certificates.${type}`);
  if (input.suspiciousNumber !== 'warn' && input.suspiciousNumber !== 'reject') {
    fail('suspiciousNumber', 'expected warn or reject');
  }
  const policy: CredentialPolicy = {
    policyId: text(input.policyId, 'policyId', ID_PATTERN),
    version: text(input.version, 'version', VERSION_PATTERN),
    publisher: text(input.publisher, 'publisher'),
    warningHorizonsDays: parseHorizons(input.warningHorizonsDays),
    suspiciousNumber: input.suspiciousNumber,
    authority: parseAuthority(input.authority),
    certificates: rules,
    workKinds: parseMatrix(input.workKinds),
  };
  if (input.effectiveFrom !== undefined) {
    try {
      parseCalendarDay(input.effectiveFrom as string);
    } catch {
      fail('effectiveFrom', 'expected YYYY-MM-DD');
    }
    policy.effectiveFrom = input.effectiveFrom as string;
  }
  if (input.description !== undefined) policy.description = text(input.description, 'description');
  return policy;
}

const compiled = new WeakMap<CredentialPolicy, CompiledPolicy>();

/**
 * Validates and prepares a policy once; verifiers call it for every request, so the result is
 * cached per document object.
 */
export function compilePolicy(policy: CredentialPolicy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached !== undefined) return cached;
  const document = parsePolicy(policy);
  const numberPatterns = {} as Record<CertificateType, RegExp[]>;
  for (const type of CERTIFICATE_TYPES) {
    numberPatterns[type] = document.certificates[type].numberPatterns.map(
      (source) => new RegExp(source, 'u'),
    );
  }
  const accepted = {} as Record<WorkKind, ReadonlySet<CertificateType>>;
  for (const kind of WORK_KINDS) accepted[kind] = new Set(document.workKinds[kind]);
  const horizons = [...document.warningHorizonsDays].sort((a, b) => a - b);
  const result: CompiledPolicy = {
    document,
    horizons,
    maxHorizon: horizons[horizons.length - 1] ?? 0,
    numberPatterns,
    accepted,
  };
  compiled.set(policy, result);
  return result;
}

/** `policyId@version`, the label every verdict carries. */
export function policyLabel(policy: CredentialPolicy): string {
  return `${policy.policyId}@${policy.version}`;
}
