/**
 * Why the platform refuses to start a machine (spec/server.md WC-SRV-090). The same strings, in
 * the same order, as the simulator's expected refusals (spec/simulator.md WC-SIM-040), so a
 * scenario's expectation and the reference server's answer compare as text.
 */
export const REFUSAL_REASONS = [
  'PLATE_INVALID',
  'MACHINE_UNKNOWN',
  'MACHINE_TAMPERED',
  'UNLICENSED_WORKER',
  'CREDENTIAL_INVALID',
  'CERTIFICATE_EXPIRED',
  'NO_PERMIT',
  'PERMIT_INVALID',
  'NOT_ON_PERMIT',
  'WRONG_CERTIFICATE_TYPE',
  'OUTSIDE_WINDOW',
  'REMOTE_SCAN',
  'OUTSIDE_ZONE',
  'CROWDED_PLACE_OPEN',
  'FIRE_WATCHER_ABSENT',
] as const;

/** One refusal reason code. */
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A message for a person, in Chinese and English. */
export interface ReasonText {
  zh: string;
  en: string;
}

/** What the worker app shows for each reason: what failed and what to do. */
export const REFUSAL_MESSAGES: Readonly<Record<RefusalReason, ReasonText>> = {
  PLATE_INVALID: {
    zh: '设备码无效（伪造、篡改、已撤销或已被新码替换），请联系设备所属单位',
    en: 'The machine plate is not valid (counterfeit, altered, revoked or replaced); contact the machine owner',
  },
  MACHINE_UNKNOWN: {
    zh: '设备未登记、未完成加芯或芯片当前无法联系，请联网或打开蓝牙后重试',
    en: 'The machine is not registered, not retrofitted or its chip cannot be reached; go online or enable Bluetooth and retry',
  },
  MACHINE_TAMPERED: {
    zh: '设备报告拆机、拆芯或绕过控制，已禁止开机，请联系属地街镇',
    en: 'The machine reported tampering (enclosure opened, chip removed or control bypassed); starting is blocked, contact the town office',
  },
  UNLICENSED_WORKER: {
    zh: '未出示人员码：持证焊工方可开机',
    en: 'No worker credential presented: only a certified welder may start the machine',
  },
  CREDENTIAL_INVALID: {
    zh: '人员码无效（伪造、已撤销、已被替换或与证书登记不符）',
    en: 'The worker credential is not valid (counterfeit, revoked, replaced or not matching the certificate register)',
  },
  CERTIFICATE_EXPIRED: {
    zh: '焊工证书已过期或逾期未复审，请办理复审或换证',
    en: 'The welding certificate has expired or its review is overdue; renew it',
  },
  NO_PERMIT: {
    zh: '没有有效的动火作业许可，请先申请审批',
    en: 'No hot-work permit; apply for one and have it approved first',
  },
  PERMIT_INVALID: {
    zh: '动火作业许可无效（未审批、已撤销或伪造）',
    en: 'The hot-work permit is not valid (not approved, revoked or counterfeit)',
  },
  NOT_ON_PERMIT: {
    zh: '该人员或设备不在此动火作业许可范围内',
    en: 'This worker or machine is not covered by the hot-work permit',
  },
  WRONG_CERTIFICATE_TYPE: {
    zh: '所持证书不适用于此类动火作业',
    en: 'The certificate held does not allow this kind of hot work',
  },
  OUTSIDE_WINDOW: {
    zh: '不在动火作业许可时段内，或处于特殊时期禁止动火',
    en: 'Outside the permit window, or hot work is suspended for a special period',
  },
  REMOTE_SCAN: {
    zh: '扫码位置距离设备过远，请在设备旁扫码',
    en: 'The scan was made too far from the machine; scan next to it',
  },
  OUTSIDE_ZONE: {
    zh: '手机或设备不在动火作业区域内',
    en: 'The phone or the machine is outside the permitted hot-work zone',
  },
  CROWDED_PLACE_OPEN: {
    zh: '人员密集场所营业时间内禁止动火作业',
    en: 'No hot work in a crowded place during its opening hours',
  },
  FIRE_WATCHER_ABSENT: {
    zh: '监护人未到场，请监护人到场签到后再开机',
    en: 'The fire watcher is not on site; the watcher must check in first',
  },
};

/**
 * The checks of the pipeline in the order that decides a refusal's first reason (WC-SRV-091).
 * A reason appears where its earliest check stands: a permit outside its validity is known
 * from the signed code before coverage and certificates are looked at, a certificate that
 * lapsed is only found once the work kind is known.
 */
export const CHECK_ORDER = [
  'plate',
  'machine',
  'tamper',
  'credential-presented',
  'credential',
  'permit-presented',
  'permit',
  'permit-validity',
  'coverage',
  'certificate-type',
  'certificate-validity',
  'window',
  'remote-scan',
  'zone',
  'forbidden-zone',
  'fire-watcher',
] as const;

/** One check of the pipeline. */
export type ScanCheck = (typeof CHECK_ORDER)[number];

const RANK = new Map<string, number>(CHECK_ORDER.map((check, i) => [check, i]));

/** A failed check: its reason code and, when finer than the reason, a detail code. */
export interface ScanFailure {
  check: ScanCheck;
  reason: RefusalReason;
  /** A finer code: the @weldcode/qr or @weldcode/credentials reason, or the platform's. */
  detail?: string;
}

/** The refusal's reasons: each once, ordered by the earliest check that gave it. */
export function orderedReasons(failures: readonly ScanFailure[]): RefusalReason[] {
  const sorted = [...failures].sort((a, b) => (RANK.get(a.check) ?? 0) - (RANK.get(b.check) ?? 0));
  return [...new Set(sorted.map((failure) => failure.reason))];
}
