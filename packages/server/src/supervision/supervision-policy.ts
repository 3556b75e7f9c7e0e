/**
 * Supervision policy values, kept as data a deployment may change: the retrofit targets of the
 * Fengxian policy (奉安委办〔2025〕20号: 70 % of machines chipped and coded by 2026-06-30, all by
 * 2026-09-30) and how long an alert may stay unacknowledged before it escalates one tier.
 */
export interface SupervisionPolicy {
  /** Targets in date order: the share (0–1) of machines chipped and coded by each day (Asia/Shanghai). */
  readonly targets: readonly { readonly date: string; readonly share: number }[];
  /** Minutes an open alert may wait for acknowledgement at a tier before it escalates to the next, by severity. */
  readonly escalateAfterMinutes: Readonly<Record<'low' | 'medium' | 'high' | 'critical', number>>;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = {
  targets: [
    { date: '2026-06-30', share: 0.7 },
    { date: '2026-09-30', share: 1 },
  ],
  escalateAfterMinutes: { critical: 30, high: 120, medium: 480, low: 1440 },
};
