import { type Static, Type } from '@sinclair/typebox';
import { DEPARTMENT_SECTORS, DEPARTMENTS, type Department, type Principal } from '../access/roles';
import type { Condition } from '../access/scope';
import type { AlertSeverity } from '../monitoring/alert-kinds';
import { severityOf } from '../monitoring/alert-kinds';
import { Instant, Nullable, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor, SqlRow } from '../storage/sql-database';
import { getRow, isoInstant } from '../storage/table';
import type { FireWatchChange } from './duties';
import type { OpenAlertCounter } from './map-features';
import type { SupervisionPolicy } from './supervision-policy';

export const TIERS = ['town', 'district', 'city'] as const;
export type Tier = (typeof TIERS)[number];

/** Who owns an alert now: the tier (and its area) and the sector department. */
export interface AlertRoute {
  tier: Tier;
  areaId: string | null;
  department: Department | null;
  /** Times the alert moved up a tier because nobody acknowledged it in time. */
  escalations: number;
  /** When it escalates next if still unacknowledged (`null`: acknowledged, closed or at the top). */
  escalatesAt: string | null;
}

export const AlertRouteSchema = Type.Object({
  tier: StringEnum(TIERS),
  areaId: Nullable(RecordId),
  department: Nullable(StringEnum(DEPARTMENTS)),
  escalations: Type.Integer({ minimum: 0 }),
  escalatesAt: Nullable(Instant),
});

/** The lead department of each sector: the first whose sectors list it (应急管理 before 市场监管). */
export function departmentOf(sector: string | null): Department | null {
  if (sector === null) return null;
  return DEPARTMENTS.find((d) => (DEPARTMENT_SECTORS[d] as readonly string[]).includes(sector)) ?? null;
}

/**
 * Routes an alert: it starts with its town (街镇) and the sector's department; each time it stays
 * unacknowledged for the policy's time for its severity it moves up one tier (town → district →
 * city). Acknowledging freezes the tier where it was. Computed from timestamps, so every
 * instance of the platform routes alike without a background job.
 */
export function routeOf(row: SqlRow, policy: SupervisionPolicy, now: number): AlertRoute {
  const severity = String(row.severity) as AlertSeverity;
  const step = policy.escalateAfterMinutes[severity] * 60_000;
  const first = Number(row.first_seen_at);
  const until =
    row.acknowledged_at != null
      ? Number(row.acknowledged_at)
      : row.closed_at != null
        ? Number(row.closed_at)
        : now;
  const areas: (string | null)[] = [textOr(row.town_id), textOr(row.district_id), textOr(row.city_id)];
  // Without a town the alert starts where it can be placed.
  const start = areas.findIndex((a) => a !== null);
  const base = start === -1 ? 2 : start;
  const escalations = Math.min(2 - base, Math.max(0, Math.floor((until - first) / step)));
  const index = base + escalations;
  const open = row.state === 'open';
  return {
    tier: TIERS[index] ?? 'city',
    areaId: areas[index] ?? null,
    department: departmentOf(textOr(row.sector)),
    escalations,
    escalatesAt: open && index < 2 ? new Date(first + (escalations + 1) * step).toISOString() : null,
  };
}

function textOr(value: unknown): string | null {
  return value == null ? null : String(value);
}

export const VERIFY_OUTCOMES = ['confirmed', 'false-alarm'] as const;
export const ENFORCEMENT_ACTIONS = [
  'warning',
  'rectification-order',
  'penalty',
  'machine-locked',
  'referred',
  'other',
] as const;

export const AlertVerifySchema = Type.Object(
  {
    outcome: StringEnum(VERIFY_OUTCOMES, '核实: the alert was confirmed on site, or a false alarm'),
    note: Text(2000),
  },
  { $id: 'AlertVerify', additionalProperties: false },
);

export const AlertActionSchema = Type.Object(
  {
    action: StringEnum(
      ENFORCEMENT_ACTIONS,
      '处置: 警告, 责令整改, 行政处罚, 锁定焊机, 移交 (referred to another department), other',
    ),
    note: Text(2000),
  },
  { $id: 'AlertAction', additionalProperties: false },
);

export const AlertHandlingSchema = Type.Object(
  {
    alertId: Type.String(),
    route: AlertRouteSchema,
    steps: Type.Array(
      Type.Object({
        step: StringEnum(['verify', 'act'] as const),
        value: Type.String(),
        note: Type.String(),
        actor: Type.String(),
        at: Instant,
      }),
    ),
  },
  { $id: 'AlertHandling' },
);
export type AlertHandling = Static<typeof AlertHandlingSchema>;

const ROUTED_ALERT = `SELECT a.*, d.parent_id AS city_id FROM alerts a LEFT JOIN areas d ON d.id = a.district_id`;

/** The 核实处置 loop, the routed queue and the enforcement leads, over the alerts of monitoring. */
export class AlertRouting {
  constructor(
    private readonly db: SqlDatabase,
    private readonly policy: SupervisionPolicy,
  ) {}

  private async row(db: SqlExecutor, id: string): Promise<SqlRow> {
    const rows = await db.query(`${ROUTED_ALERT} WHERE a.id = ?`, [id]);
    if (rows[0] === undefined)
      throw new ServerError('ERR_SRV_NOT_FOUND', `alert ${id} does not exist`, { details: { id } });
    return rows[0];
  }

  async handling(id: string, now = Date.now()): Promise<AlertHandling> {
    const row = await this.row(this.db, id);
    const steps = await this.db.query('SELECT * FROM alert_handling WHERE alert_id = ? ORDER BY seq', [id]);
    return {
      alertId: id,
      route: routeOf(row, this.policy, now),
      steps: steps.map((s) => ({
        step: s.step as 'verify' | 'act',
        value: String(s.value),
        note: String(s.note),
        actor: String(s.actor),
        at: isoInstant(s.at),
      })),
    };
  }

  /**
   * 核实: records what was found on site. An open alert is acknowledged by it (the owner of the
   * alert has it in hand), in the same transaction; a closed alert cannot be verified.
   */
  verify(
    id: string,
    input: Static<typeof AlertVerifySchema>,
    actor: string,
    now = Date.now(),
  ): Promise<AlertHandling> {
    return this.step(id, 'verify', input.outcome, input.note, actor, now, async (tx, row) => {
      if (row.state === 'open') {
        await tx.execute(
          `UPDATE alerts SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?, acknowledged_note = ?
            WHERE id = ? AND state = 'open'`,
          [actor, now, `核实: ${input.outcome}`, id],
        );
      }
    });
  }

  /** 处置: an enforcement action, only after the alert was verified as confirmed. */
  act(
    id: string,
    input: Static<typeof AlertActionSchema>,
    actor: string,
    now = Date.now(),
  ): Promise<AlertHandling> {
    return this.step(id, 'act', input.action, input.note, actor, now, async (tx) => {
      const verified = await tx.query(
        "SELECT value FROM alert_handling WHERE alert_id = ? AND step = 'verify' ORDER BY seq DESC",
        [id],
      );
      if (verified[0]?.value !== 'confirmed') {
        throw new ServerError(
          'ERR_SRV_INVALID_STATE',
          'act on an alert only after verifying it as confirmed (核实)',
        );
      }
    });
  }

  private async step(
    id: string,
    step: 'verify' | 'act',
    value: string,
    note: string,
    actor: string,
    now: number,
    check: (tx: SqlExecutor, row: SqlRow) => Promise<void>,
  ): Promise<AlertHandling> {
    await this.db.transaction(async (tx) => {
      const row = await getRow(tx, 'alerts', id, 'alert');
      if (row.state === 'closed') throw new ServerError('ERR_SRV_INVALID_STATE', `alert ${id} is closed`);
      await check(tx, row);
      await tx.execute(
        'INSERT INTO alert_handling (alert_id, step, value, note, actor, at) VALUES (?, ?, ?, ?, ?, ?)',
        [id, step, value, note, actor, now],
      );
    });
    return this.handling(id, now);
  }

  /**
   * The alerts routed to `principal` now: a town, district or city officer gets the unclosed
   * alerts of its area sitting at its tier; a sector officer those of its department in its area.
   */
  async queue(principal: Principal, scope: Condition, now = Date.now(), limit = 200) {
    const rows = await this.db.query(
      `${ROUTED_ALERT} WHERE a.state <> 'closed' AND a.id IN (SELECT id FROM alerts WHERE ${scope.sql})
        ORDER BY a.first_seen_at, a.id`,
      scope.params,
    );
    const tier: Tier | undefined =
      principal.role === 'town-officer'
        ? 'town'
        : principal.role === 'district-officer'
          ? 'district'
          : principal.role === 'city-admin'
            ? 'city'
            : undefined;
    const items = [];
    for (const row of rows) {
      const route = routeOf(row, this.policy, now);
      const mine =
        principal.role === 'sector-officer' ? route.department === principal.department : route.tier === tier;
      if (mine)
        items.push({
          id: String(row.id),
          kind: String(row.kind),
          severity: String(row.severity),
          state: String(row.state),
          townId: textOr(row.town_id),
          sector: textOr(row.sector),
          firstSeenAt: isoInstant(row.first_seen_at),
          route,
        });
      if (items.length >= limit) break;
    }
    const rank: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };
    return items.sort((a, b) => (rank[a.severity] ?? 9) - (rank[b.severity] ?? 9));
  }

  /**
   * Enforcement leads (执法线索): alerts verified as confirmed in the area, with the machine,
   * owner, site and worker they concern and what was done, for the enforcement departments.
   */
  async leads(scope: Condition): Promise<string[][]> {
    const rows = await this.db.query(
      `SELECT a.id, a.kind, a.severity, a.state, a.first_seen_at, a.town_id, a.sector,
          t.name AS town, s.name AS site, o.name AS owner, o.credit_code AS credit_code,
          m.brand AS brand, m.serial AS serial, w.name AS worker, w.id_number_masked AS worker_id_masked,
          v.note AS verified, v.actor AS verified_by, v.at AS verified_at,
          (SELECT MAX(x.value) FROM alert_handling x WHERE x.alert_id = a.id AND x.step = 'act') AS action
         FROM alerts a
         JOIN alert_handling v ON v.alert_id = a.id AND v.step = 'verify' AND v.value = 'confirmed'
         LEFT JOIN areas t ON t.id = a.town_id
         LEFT JOIN sites s ON s.id = a.site_id
         LEFT JOIN machines m ON m.id = a.machine_id
         LEFT JOIN owners o ON o.id = COALESCE(s.owner_id, m.owner_id)
         LEFT JOIN workers w ON w.id = a.worker_id
        WHERE a.id IN (SELECT id FROM alerts WHERE ${scope.sql})
        ORDER BY a.first_seen_at, a.id`,
      scope.params,
    );
    const header = [
      '告警编号',
      '类型',
      '等级',
      '状态',
      '发生时间',
      '街镇',
      '行业领域',
      '场所',
      '单位',
      '统一社会信用代码',
      '焊机',
      '作业人员',
      '身份证号（脱敏）',
      '核实情况',
      '核实人',
      '核实时间',
      '处置措施',
    ];
    return [
      header,
      ...rows.map((r) => [
        String(r.id),
        String(r.kind),
        String(r.severity),
        String(r.state),
        isoInstant(r.first_seen_at),
        textOr(r.town) ?? '',
        textOr(r.sector) ?? '',
        textOr(r.site) ?? '',
        textOr(r.owner) ?? '',
        textOr(r.credit_code) ?? '',
        r.brand == null ? '' : `${String(r.brand)} ${String(r.serial)}`,
        textOr(r.worker) ?? '',
        textOr(r.worker_id_masked) ?? '',
        String(r.verified),
        String(r.verified_by),
        isoInstant(r.verified_at),
        textOr(r.action) ?? '',
      ]),
    ];
  }

  /** Raises "fire watcher absent" (监护人不在场) when the watcher leaves while hot work goes on. */
  async fireWatch(
    change: FireWatchChange,
    raise: (signal: FireWatchSignal) => Promise<unknown>,
  ): Promise<void> {
    if (change.present || !change.hotWorkActive) return;
    const rows = await this.db.query(
      `SELECT p.site_id, s.town_id, s.sector, t.parent_id AS district_id, d.parent_id AS city_id
         FROM permits p JOIN sites s ON s.id = p.site_id
         LEFT JOIN areas t ON t.id = s.town_id LEFT JOIN areas d ON d.id = t.parent_id WHERE p.id = ?`,
      [change.permitId],
    );
    const r = rows[0];
    if (r === undefined) return;
    await raise({
      kind: 'FIRE_WATCHER_ABSENT',
      severity: severityOf('FIRE_WATCHER_ABSENT', {}),
      subjectType: 'worker',
      subjectId: change.watcherId,
      workerId: change.watcherId,
      source: 'duties',
      atMs: change.atMs,
      details: { permitId: change.permitId },
      context: {
        chipId: null,
        machineId: null,
        siteId: String(r.site_id),
        townId: textOr(r.town_id),
        districtId: textOr(r.district_id),
        cityId: textOr(r.city_id),
        sector: textOr(r.sector),
        sitePosition: null,
      },
    });
  }
}

/** What {@link AlertRouting.fireWatch} hands to the alert store. */
export interface FireWatchSignal {
  kind: 'FIRE_WATCHER_ABSENT';
  severity: AlertSeverity;
  subjectType: 'worker';
  subjectId: string;
  workerId: string;
  source: 'duties';
  atMs: number;
  details: Record<string, unknown>;
  context: {
    chipId: null;
    machineId: null;
    siteId: string;
    townId: string | null;
    districtId: string | null;
    cityId: string | null;
    sector: string | null;
    sitePosition: null;
  };
}

/** Open (unclosed) alerts per site and per machine, for the map. */
export const openAlertCounter: OpenAlertCounter = async (db) => {
  const rows = await db.query(
    `SELECT site_id, machine_id, COUNT(*) AS n FROM alerts WHERE state <> 'closed' GROUP BY site_id, machine_id`,
  );
  const counts = new Map<string, number>();
  for (const r of rows) {
    for (const key of [r.site_id, r.machine_id]) {
      if (key == null) continue;
      counts.set(String(key), (counts.get(String(key)) ?? 0) + Number(r.n));
    }
  }
  return counts;
};
