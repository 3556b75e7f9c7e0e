import { CredentialsError } from './credentials-error';

/** The three welder certificates (shared vocabulary; integer codes are used by compact encodings). */
export type CertificateType = 'em-welding' | 'construction-welder' | 'special-equipment-welding';

/** The kinds of hot work a verifier is asked about (shared vocabulary). */
export type WorkKind = 'ordinary' | 'crowded-place' | 'construction-site' | 'special-equipment';

/** Certificate type ids in code order: index + 1 is the compact code. */
export const CERTIFICATE_TYPES: readonly CertificateType[] = Object.freeze([
  'em-welding',
  'construction-welder',
  'special-equipment-welding',
]);

/** Every work kind a policy must cover. */
export const WORK_KINDS: readonly WorkKind[] = Object.freeze([
  'ordinary',
  'crowded-place',
  'construction-site',
  'special-equipment',
]);

/**
 * Maps the compact integer code of a signed credential (`1`, `2`, `3`) to the type id.
 *
 * @throws {@link CredentialsError} `ERR_CRED_CERTIFICATE_TYPE_UNKNOWN` for any other code.
 * @example
 * ```ts
 * import { certificateTypeFromCode } from '@weldcode/credentials';
 * certificateTypeFromCode(3); // 'special-equipment-welding'
 * ```
 */
export function certificateTypeFromCode(code: number): CertificateType {
  const type = Number.isInteger(code) ? CERTIFICATE_TYPES[code - 1] : undefined;
  if (type === undefined) {
    throw new CredentialsError('ERR_CRED_CERTIFICATE_TYPE_UNKNOWN', `unknown certificate type code ${code}`, {
      details: { code },
    });
  }
  return type;
}

/**
 * The compact integer code of a certificate type id.
 *
 * @example
 * ```ts
 * import { certificateTypeCode } from '@weldcode/credentials';
 * certificateTypeCode('em-welding'); // 1
 * ```
 */
export function certificateTypeCode(type: CertificateType): number {
  const index = CERTIFICATE_TYPES.indexOf(type);
  if (index < 0) {
    throw new CredentialsError(
      'ERR_CRED_CERTIFICATE_TYPE_UNKNOWN',
      `unknown certificate type ${String(type)}`,
      {
        details: { type },
      },
    );
  }
  return index + 1;
}

export function isCertificateType(value: unknown): value is CertificateType {
  return typeof value === 'string' && (CERTIFICATE_TYPES as readonly string[]).includes(value);
}

export function isWorkKind(value: unknown): value is WorkKind {
  return typeof value === 'string' && (WORK_KINDS as readonly string[]).includes(value);
}
