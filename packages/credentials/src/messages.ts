import type { Finding } from './finding';
import type { ReasonCode } from './reason-codes';
import type { Verdict } from './verify-worker';
import type { CertificateType, WorkKind } from './vocabulary';

/** Languages of explanations. */
export type Language = 'zh' | 'en';

/**
 * Message templates keyed by reason code. `{cert}` is the certificate's name and number; other
 * `{placeholders}` are the finding's details.
 */
export const REASON_MESSAGES: Readonly<Record<ReasonCode, Readonly<Record<Language, string>>>> = {
  'invalid-id-number': {
    zh: '出示的身份证号码无效（{problem}），无法核对人证相符',
    en: 'The presented ID number is invalid ({problem}); the holder cannot be confirmed',
  },
  'holder-mismatch': {
    zh: '人证不符：扫码人员不是证书持有人（{fields}）',
    en: 'Holder mismatch: the person scanning is not the certificate holder ({fields})',
  },
  'no-certificate': { zh: '未持有任何焊接作业证书', en: 'The worker holds no welding certificate' },
  'wrong-type-for-work-kind': {
    zh: '{cert}不适用于{workKind}',
    en: '{cert} is not accepted for {workKind}',
  },
  revoked: { zh: '{cert}已被撤销或注销', en: '{cert} has been revoked' },
  'unknown-certificate': {
    zh: '{cert}在登记库中查无此证',
    en: '{cert} is not found in the registry',
  },
  'authority-unreachable': {
    zh: '无法连接发证机关核验{cert}，按规定不予通过',
    en: 'The issuing authority could not be reached to check {cert}; refused by policy',
  },
  expired: { zh: '{cert}已于{day}到期（已过期{days}天）', en: '{cert} expired on {day} ({days} days ago)' },
  'review-overdue': {
    zh: '{cert}应于{day}前复审，已逾期{days}天',
    en: '{cert} was due for review by {day} and is {days} days overdue',
  },
  'not-yet-valid': { zh: '{cert}自{day}起生效，尚未生效', en: '{cert} is not valid until {day}' },
  'suspicious-number': {
    zh: '{cert}的证书编号格式可疑，请人工核查',
    en: 'The number of {cert} has a suspicious format; check it by hand',
  },
  'authority-grace': {
    zh: '发证机关暂不可达，依据{hours}小时内的缓存核验结果放行{cert}',
    en: 'The issuing authority is unreachable; {cert} accepted on an answer cached within {hours} hours',
  },
  'expiring-soon': {
    zh: '{cert}将于{day}到期（剩余{days}天，{horizon}天临期提醒）',
    en: '{cert} expires on {day} ({days} days left, {horizon}-day warning)',
  },
  'review-due-soon': {
    zh: '{cert}须于{day}前复审（剩余{days}天，{horizon}天提醒）',
    en: '{cert} is due for review by {day} ({days} days left, {horizon}-day warning)',
  },
  'validity-exceeds-policy': {
    zh: '{cert}的有效期超过政策规定的{years}年，请核查',
    en: 'The validity of {cert} exceeds the {years} years the policy allows; check it',
  },
};

const TYPE_NAMES: Readonly<Record<CertificateType, Readonly<Record<Language, string>>>> = {
  'em-welding': {
    zh: '特种作业操作证（焊接与热切割作业）',
    en: 'special operation certificate (welding and cutting)',
  },
  'construction-welder': {
    zh: '建筑施工特种作业人员操作资格证（建筑焊工）',
    en: 'construction welder certificate',
  },
  'special-equipment-welding': {
    zh: '特种设备安全管理和作业人员证（特种设备焊接作业）',
    en: 'special equipment welding certificate',
  },
};

const WORK_KIND_NAMES: Readonly<Record<WorkKind, Readonly<Record<Language, string>>>> = {
  ordinary: { zh: '一般动火作业', en: 'ordinary hot work' },
  'crowded-place': { zh: '人员密集场所动火作业', en: 'hot work in a crowded place' },
  'construction-site': { zh: '施工工地动火作业', en: 'hot work on a construction site' },
  'special-equipment': { zh: '特种设备焊接作业', en: 'special equipment welding' },
};

const DECISIONS: Readonly<Record<Verdict['decision'], Readonly<Record<Language, string>>>> = {
  accept: { zh: '核验通过', en: 'Accepted' },
  'accept-with-warning': { zh: '核验通过（有提示）', en: 'Accepted with warnings' },
  reject: { zh: '核验不通过', en: 'Rejected' },
};

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * One finding as a sentence in Chinese or English.
 *
 * @example
 * ```ts
 * import { describeFinding } from '@weldcode/credentials';
 * describeFinding({ code: 'no-certificate', severity: 'reject', certificate: null, details: {} }, 'zh');
 * // '未持有任何焊接作业证书'
 * ```
 */
export function describeFinding(item: Finding, language: Language): string {
  const cert =
    item.certificate === null
      ? ''
      : language === 'zh'
        ? `${TYPE_NAMES[item.certificate.type].zh}（编号 ${item.certificate.number}）`
        : `the ${TYPE_NAMES[item.certificate.type].en} no. ${item.certificate.number}`;
  const workKind = item.details.workKind as WorkKind | undefined;
  const values = {
    ...item.details,
    cert,
    workKind: workKind === undefined ? '' : (WORK_KIND_NAMES[workKind]?.[language] ?? String(workKind)),
  };
  return fill(REASON_MESSAGES[item.code][language], values);
}

/**
 * A verdict as lines a town officer reads: the decision, the certificate that satisfied the rule
 * and its lapse day, then every finding, and the policy that decided.
 *
 * @example
 * ```ts
 * import { explainVerdict } from '@weldcode/credentials';
 * console.log(explainVerdict(verdict, 'zh').join('\n'));
 * ```
 */
export function explainVerdict(verdict: Verdict, language: Language): string[] {
  const kind = WORK_KIND_NAMES[verdict.workKind][language];
  const lines = [
    language === 'zh'
      ? `${DECISIONS[verdict.decision].zh}：${kind}，核验日 ${verdict.day}`
      : `${DECISIONS[verdict.decision].en}: ${kind}, checked on ${verdict.day}`,
  ];
  const by = verdict.satisfiedBy;
  if (by !== null) {
    const name = TYPE_NAMES[by.type][language];
    lines.push(
      language === 'zh'
        ? `依据证书：${name}（编号 ${by.number}，${by.authority}），有效至 ${verdict.lapseDay}，剩余 ${verdict.daysUntilLapse} 天`
        : `Satisfied by: ${name} no. ${by.number} (${by.authority}), good until ${verdict.lapseDay}, ${verdict.daysUntilLapse} days left`,
    );
  }
  for (const item of verdict.findings) lines.push(`- ${describeFinding(item, language)}`);
  lines.push(
    language === 'zh'
      ? `判定依据政策：${verdict.policy.policyId} 版本 ${verdict.policy.version}`
      : `Decided under policy ${verdict.policy.policyId} version ${verdict.policy.version}`,
  );
  return lines;
}
