import { type Static, Type } from '@sinclair/typebox';
import { Instant, Nullable, StringEnum } from '../schemas/common';
import { DATUMS } from '../vocabulary';
import { CHECK_ORDER, REFUSAL_REASONS } from './refusal-reasons';

const ScannedText = (description: string) => Type.String({ minLength: 1, maxLength: 2000, description });

/** A phone's position as the app measured it, with the datum its location API reports. */
export const PhoneFixSchema = Type.Object(
  {
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    datum: StringEnum(DATUMS, 'wgs84 (GNSS), gcj02 (Amap, Tencent), bd09 (Baidu)'),
    accuracyM: Type.Number({
      minimum: 0,
      maximum: 100_000,
      description: 'horizontal accuracy radius, metres',
    }),
  },
  { additionalProperties: false },
);

export const ScanRequestSchema = Type.Object(
  {
    plate: ScannedText('the scanned machine plate (text or URL form)'),
    credential: Type.Optional(ScannedText("the worker's credential code")),
    permit: Type.Optional(
      ScannedText('the hot-work permit code; absent: the approved permit covering worker and machine now'),
    ),
    phone: PhoneFixSchema,
    fireWatcher: Type.Optional(
      Type.Object(PhoneFixSchema.properties, {
        additionalProperties: false,
        description: "the fire watcher's (监护人) phone position at check-in; absent: not checked in",
      }),
    ),
    relay: Type.Optional(
      Type.Boolean({
        default: false,
        description:
          'the phone has a Bluetooth link to the chip and relays the grant when the chip is offline',
      }),
    ),
    requestId: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{32}$',
        description: 'the chip’s UnlockRequest id (16 bytes hex), echoed in the grant',
      }),
    ),
  },
  { $id: 'ScanRequest', additionalProperties: false },
);

const Text2 = Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false });

export const ScanRefusalSchema = Type.Object({
  reason: StringEnum(REFUSAL_REASONS),
  check: StringEnum(CHECK_ORDER),
  detail: Type.Optional(Type.String()),
  message: Text2,
});

export const ScanGrantSchema = Type.Object({
  grantId: Type.String({ description: '16 bytes, hex' }),
  notBefore: Instant,
  notAfter: Instant,
  maxDurationS: Type.Integer(),
  delivered: Type.Boolean({ description: 'handed to the chip’s live session' }),
  relay: Type.String({ description: 'the directive envelope for a Bluetooth relay, base64url' }),
  signed: Type.Object({
    directive: Type.String({ description: 'protobuf Directive, base64url' }),
    keyId: Type.String({ description: 'base64url' }),
    signature: Type.String({ description: 'Ed25519, base64url' }),
  }),
});

export const ScanDecisionSchema = Type.Object(
  {
    decisionId: Type.String(),
    accepted: Type.Boolean(),
    reasons: Type.Array(StringEnum(REFUSAL_REASONS), {
      description: 'every failing reason, the deciding one first (empty when accepted)',
    }),
    refusals: Type.Array(ScanRefusalSchema),
    warnings: Type.Array(Type.String()),
    machineId: Nullable(Type.String()),
    chipId: Nullable(Type.String()),
    workerId: Nullable(Type.String()),
    permitId: Nullable(Type.String()),
    grant: Nullable(ScanGrantSchema),
    decidedAt: Instant,
  },
  { $id: 'ScanDecision' },
);

export type PhoneFix = Static<typeof PhoneFixSchema>;
export type ScanRequest = Static<typeof ScanRequestSchema>;
export type ScanDecision = Static<typeof ScanDecisionSchema>;
export type ScanGrant = Static<typeof ScanGrantSchema>;
