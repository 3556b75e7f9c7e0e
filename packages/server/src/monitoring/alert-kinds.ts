/** How urgent an alert is; routing escalates by it (spec/server.md, WC-SRV-120). */
export const ALERT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** One severity. */
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

interface KindInfo {
  readonly severity: AlertSeverity;
  readonly label: string;
}

/**
 * The closed list of alert kinds (WC-SRV-120). The first thirteen are the simulator's
 * `ALERT_KINDS` (WC-SIM-041), spelt the same so a scenario's expectations compare as they are.
 */
export const ALERT_KIND_INFO = {
  BYPASS: { severity: 'critical', label: '无授权起弧（旁路）' },
  ENCLOSURE_OPENED: { severity: 'high', label: '外壳被打开' },
  CHIP_REMOVED: { severity: 'critical', label: '芯片被拆除' },
  POWER_CUT: { severity: 'medium', label: '主电源断开' },
  MOBILE_WELDING: { severity: 'high', label: '离开登记场所（流动作业）' },
  CERTIFICATE_EXPIRING: { severity: 'low', label: '证书临期' },
  CLONED_CHIP: { severity: 'critical', label: '疑似克隆芯片' },
  UNKNOWN_CHIP: { severity: 'high', label: '未登记芯片' },
  STALE_EPOCH: { severity: 'high', label: '启动纪元回退（重放或克隆）' },
  LOG_TAMPER: { severity: 'critical', label: '日志被篡改' },
  LOG_GAP: { severity: 'medium', label: '日志缺失' },
  GRANT_REJECTED: { severity: 'medium', label: '开机授权被芯片拒绝' },
  CHIP_OFFLINE: { severity: 'low', label: '芯片离线（遗嘱消息）' },
  LONG_OFFLINE: { severity: 'high', label: '长时间离线' },
  ON_TOO_LONG: { severity: 'medium', label: '连续通电超时（>24 小时）' },
  CERTIFICATE_EXPIRED: { severity: 'high', label: '证书过期' },
  REMOTE_SCAN: { severity: 'high', label: '远距离扫码' },
  FIRE_WATCHER_ABSENT: { severity: 'high', label: '监护人不在场' },
  CROWDED_PLACE_OPEN: { severity: 'high', label: '人员密集场所营业时间动火' },
  SPECIAL_PERIOD: { severity: 'high', label: '特殊时期动火' },
  OVER_TEMPERATURE: { severity: 'medium', label: '设备过温' },
  GAS_DETECTED: { severity: 'critical', label: '检测到可燃气体' },
} as const satisfies Record<string, KindInfo>;

/** One alert kind. */
export type AlertKind = keyof typeof ALERT_KIND_INFO;

/** Every alert kind, in the order of the table in spec/server.md. */
export const ALERT_KINDS = Object.keys(ALERT_KIND_INFO) as AlertKind[];

/** The severity of `kind`, after the policy's overrides. */
export function severityOf(
  kind: AlertKind,
  overrides: Readonly<Partial<Record<AlertKind, AlertSeverity>>>,
): AlertSeverity {
  return overrides[kind] ?? ALERT_KIND_INFO[kind].severity;
}
