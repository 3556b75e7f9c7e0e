import { type Static, Type } from '@sinclair/typebox';
import { inspectCode, payloadToJson } from '@weldcode/qr';
import { IgnoredActor } from '../access/acting-user';
import { IdNumber } from '../registry/owners';
import { Instant, Nullable, StringEnum, Text } from '../schemas/common';
import type { IssuedCodeRow } from './code-store';

export const CODE_KINDS = ['plate', 'credential', 'permit'] as const;

export const IssuedCodeSchema = Type.Object(
  {
    id: Type.String(),
    kind: StringEnum(CODE_KINDS),
    subjectId: Type.String({ description: 'the machine, worker or permit it names' }),
    codeNo: Type.Integer({ description: "the subject's code number, as the code carries it" }),
    serial: Type.Integer({
      description:
        'plate sequence, credential issue time (Unix s); for permits 0, +1 each time a re-issued plate or credential re-issues it',
    }),
    text: Type.String({ description: 'the text form WC1:… the QR holds' }),
    bindingHash: Type.String({ description: 'SHA-256(COSE bytes)[0..8], hex: how permits bind it' }),
    state: StringEnum(['current', 'superseded', 'revoked'] as const),
    issuedAt: Instant,
    revokedAt: Nullable(Instant),
    revokeReason: Nullable(Type.String()),
    payload: Type.Record(Type.String(), Type.Unknown(), {
      description: 'the signed payload, byte fields as hex',
    }),
  },
  { $id: 'IssuedCode' },
);

export const IssueBodySchema = Type.Object(
  { by: IgnoredActor('who issues it (the operator)') },
  { $id: 'IssueCode', additionalProperties: false },
);

export const IssueCredentialBodySchema = Type.Object(
  {
    by: IgnoredActor('who issues it (the operator)'),
    idNumber: IdNumber,
  },
  {
    $id: 'IssueCredential',
    additionalProperties: false,
    description:
      "the ID number read from the worker's card: checked against the registry, hashed into the code, never stored",
  },
);

export const RevokeBodySchema = Type.Object(
  { by: IgnoredActor('who revokes it'), reason: Text(500, 'why (lost, damaged, fraud, ...)') },
  { $id: 'RevokeCode', additionalProperties: false },
);

export const TrustListViewSchema = Type.Object(
  {
    number: Type.Integer(),
    issuedAt: Instant,
    cose: Type.String({ description: 'the signed list (COSE_Sign1), base64url: what verifiers load' }),
    payload: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'SignedListView' },
);

export type IssuedCodeView = Static<typeof IssuedCodeSchema>;

/** The API form of an issued code. */
export function codeView(code: IssuedCodeRow): IssuedCodeView {
  return {
    id: code.id,
    kind: code.kind,
    subjectId: code.subjectId,
    codeNo: code.codeNo,
    serial: code.serial,
    text: code.text,
    bindingHash: code.bindingHash,
    state: code.state,
    issuedAt: new Date(code.issuedAt).toISOString(),
    revokedAt: code.revokedAt === null ? null : new Date(code.revokedAt).toISOString(),
    revokeReason: code.revokeReason,
    payload: payloadToJson(inspectCode(code.text).payloadValue) as Record<string, unknown>,
  };
}
