import { randomBytes } from 'node:crypto';
import { directiveEnvelope, type SignedDirective, signDirective } from '@weldcode/protocol';
import type { ChipGateway } from '../platform/chip-gateway';
import type { SigningKey } from '../platform/platform-keys';
import type { ScanGrant } from './scan-schemas';

/** What an accepted decision grants. */
export interface GrantTerms {
  chipId: string;
  workerId: string;
  permitId: string;
  nowMs: number;
  /** The permit's end: a grant never outlives its permit. */
  notAfterMs: number;
  maxDurationS: number;
  requestId?: string;
}

const b64 = (bytes: Uint8Array | null | undefined) =>
  Buffer.from(bytes ?? new Uint8Array(0)).toString('base64url');

/**
 * Signs a short-lived unlock grant with the platform's directive key (spec/protocol.md), hands it
 * to the chip's live session when there is one, and returns it for the phone to relay otherwise.
 */
export async function issueGrant(
  terms: GrantTerms,
  key: SigningKey,
  gateway: ChipGateway,
): Promise<{ grant: ScanGrant; signed: SignedDirective }> {
  const nowS = Math.floor(terms.nowMs / 1000);
  const notAfterS = Math.floor(terms.notAfterMs / 1000);
  const grantId = randomBytes(16);
  const signed = signDirective(
    {
      chipId: terms.chipId,
      nonce: randomBytes(16),
      issuedS: nowS,
      grant: {
        grantId,
        workerId: terms.workerId,
        permitId: terms.permitId,
        notBeforeS: nowS,
        notAfterS,
        maxDurationS: Math.max(1, Math.min(terms.maxDurationS, notAfterS - nowS)),
        ...(terms.requestId === undefined ? {} : { requestId: Buffer.from(terms.requestId, 'hex') }),
      },
    },
    key.secretKey,
    key.publicKey,
  );
  const delivered = gateway.isOnline(terms.chipId) ? await gateway.deliver(terms.chipId, signed) : false;
  return {
    signed,
    grant: {
      grantId: grantId.toString('hex'),
      notBefore: new Date(nowS * 1000).toISOString(),
      notAfter: new Date(notAfterS * 1000).toISOString(),
      maxDurationS: Math.max(1, Math.min(terms.maxDurationS, notAfterS - nowS)),
      delivered,
      relay: b64(directiveEnvelope(signed)),
      signed: {
        directive: b64(signed.directive),
        keyId: b64(signed.keyId),
        signature: b64(signed.signature),
      },
    },
  };
}
