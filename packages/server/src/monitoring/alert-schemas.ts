import { type Static, Type } from '@sinclair/typebox';
import { IgnoredActor } from '../access/acting-user';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { SECTORS } from '../vocabulary';
import { ALERT_KINDS, ALERT_SEVERITIES } from './alert-kinds';

export const ALERT_STATES = ['open', 'acknowledged', 'closed'] as const;

/** Where an alert came from: the bus event that raised it, or the sweep of time-based rules. */
export const ALERT_SOURCES = [
  'record',
  'message',
  'chip-alert',
  'presence',
  'scan-decision',
  'sweep',
  'duties',
] as const;

/** What an alert is about; with its kind, the deduplication key (WC-SRV-122). */
/** `plate`: a scanned plate that names no registered machine (keyed by its hash; WC-SRV-145). */
export const SUBJECT_TYPES = ['machine', 'chip', 'worker', 'certificate', 'plate'] as const;

const Id = Type.String();
const Sector = StringEnum(SECTORS.map((s) => s.id) as [string, ...string[]]);

const Transition = Type.Object({
  by: Type.String({ description: 'who' }),
  at: Instant,
  note: Nullable(Type.String()),
});

export const AlertSchema = Type.Object(
  {
    id: RecordId,
    kind: StringEnum(ALERT_KINDS),
    severity: StringEnum(ALERT_SEVERITIES),
    state: StringEnum(ALERT_STATES),
    subjectType: StringEnum(SUBJECT_TYPES),
    subjectId: Id,
    machineId: Nullable(Id),
    chipId: Nullable(Id),
    workerId: Nullable(Id),
    siteId: Nullable(Id),
    townId: Nullable(Id),
    districtId: Nullable(Id),
    sector: Nullable(Sector),
    source: StringEnum(ALERT_SOURCES),
    occurrences: Type.Integer({ minimum: 1, description: 'how often the condition was reported' }),
    firstSeenAt: Instant,
    lastSeenAt: Instant,
    details: Type.Record(Type.String(), Type.Unknown()),
    acknowledged: Nullable(Transition),
    closed: Nullable(Transition),
  },
  { $id: 'Alert' },
);

export const AlertPageSchema = Type.Object(PageOf(Type.Ref(AlertSchema)).properties, { $id: 'AlertPage' });

export const AlertListQuery = ListQuery({
  state: Type.Optional(StringEnum(ALERT_STATES)),
  kind: Type.Optional(StringEnum(ALERT_KINDS)),
  severity: Type.Optional(StringEnum(ALERT_SEVERITIES)),
  machineId: Type.Optional(RecordId),
  chipId: Type.Optional(RecordId),
  workerId: Type.Optional(RecordId),
  siteId: Type.Optional(RecordId),
  townId: Type.Optional(RecordId),
  districtId: Type.Optional(RecordId),
});

export const AlertAcknowledgeSchema = Type.Object(
  { actor: IgnoredActor('who acknowledges'), note: Type.Optional(Text(2000)) },
  { $id: 'AlertAcknowledge', additionalProperties: false },
);

export const AlertCloseSchema = Type.Object(
  { actor: IgnoredActor('who closes'), note: Text(2000, 'what was verified and done (核实处置)') },
  { $id: 'AlertClose', additionalProperties: false },
);

export type Alert = Static<typeof AlertSchema>;
export type AlertState = (typeof ALERT_STATES)[number];
export type AlertSource = (typeof ALERT_SOURCES)[number];
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type AlertListFilter = Static<typeof AlertListQuery>;
/** `actor` is the signed-in user over HTTP (WC-SUP-040). */
export type AlertAcknowledge = Static<typeof AlertAcknowledgeSchema> & { actor: string };
export type AlertClose = Static<typeof AlertCloseSchema> & { actor: string };
