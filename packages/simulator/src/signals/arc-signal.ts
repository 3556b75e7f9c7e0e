import type { SeededRandom } from '../random';

/** Machine kinds of the shared vocabulary (HELPERS.md), with their protocol integer codes. */
export const MACHINE_KINDS = {
  other: 0,
  arc: 1,
  'mig-mag': 2,
  tig: 3,
  'plasma-cutting': 4,
  'gas-cutting': 5,
} as const;

/** A machine kind name. */
export type MachineKind = keyof typeof MACHINE_KINDS;

/** Typical electrical behaviour of one process. */
export interface ArcProfile {
  /** Mean and spread of the arc current, amperes. */
  currentA: [mean: number, sd: number];
  /** Mean and spread of the arc voltage while burning, volts. */
  voltageV: [mean: number, sd: number];
  /** Open-circuit voltage while energised without an arc, volts. */
  openCircuitV: number;
  /** Mean arc burst and mean pause, seconds (exponentially distributed). */
  burstS: number;
  pauseS: number;
}

// Typical ranges from welding handbooks: stick 80-200 A at 22-28 V (OCV ~70 V) with short
// electrode-length bursts, MIG/MAG 150-300 A at 18-30 V with long beads, TIG 60-200 A at 10-16 V,
// air plasma cutting 40-100 A at 100-160 V. Gas cutting has no arc: the chip sees only mains.
const PROFILES: Record<MachineKind, ArcProfile> = {
  arc: { currentA: [140, 25], voltageV: [25, 1.5], openCircuitV: 70, burstS: 50, pauseS: 40 },
  'mig-mag': { currentA: [220, 35], voltageV: [24, 2], openCircuitV: 40, burstS: 80, pauseS: 45 },
  tig: { currentA: [110, 20], voltageV: [12, 1], openCircuitV: 60, burstS: 70, pauseS: 60 },
  'plasma-cutting': { currentA: [60, 10], voltageV: [130, 10], openCircuitV: 280, burstS: 25, pauseS: 35 },
  'gas-cutting': { currentA: [0, 0], voltageV: [0, 0], openCircuitV: 0, burstS: 60, pauseS: 60 },
  other: { currentA: [120, 30], voltageV: [24, 3], openCircuitV: 60, burstS: 40, pauseS: 60 },
};

/** The profile of a machine kind. */
export function arcProfile(kind: MachineKind): ArcProfile {
  return PROFILES[kind];
}

/** One 1 Hz sample. */
export interface ArcSample {
  /** 0.1 A */
  currentDa: number;
  /** 0.1 V */
  voltageDv: number;
  burning: boolean;
}

/**
 * Arc current and voltage of one machine, second by second: bursts and pauses while the welder
 * works and the machine is energised, nothing otherwise.
 */
export class ArcSignal {
  private burning = false;
  private remainingS = 0;

  constructor(
    private readonly profile: ArcProfile,
    private readonly random: SeededRandom,
  ) {}

  /** The welder pulls the trigger: the next energised, working second starts a fresh arc burst. */
  strike(): void {
    this.burning = false;
    this.remainingS = 0;
  }

  /** The next second: `energised` = mains reach the torch, `working` = the welder strikes arcs. */
  sample(energised: boolean, working: boolean): ArcSample {
    if (!energised) {
      this.burning = false;
      return { currentDa: 0, voltageDv: 0, burning: false };
    }
    if (!working || this.profile.currentA[0] === 0) {
      this.burning = false;
      return { currentDa: 0, voltageDv: Math.round(this.profile.openCircuitV * 10), burning: false };
    }
    if (this.remainingS <= 0) {
      this.burning = !this.burning;
      const mean = this.burning ? this.profile.burstS : this.profile.pauseS;
      this.remainingS = Math.max(1, Math.round(-mean * Math.log(1 - this.random.next())));
    }
    this.remainingS--;
    if (!this.burning) {
      return { currentDa: 0, voltageDv: Math.round(this.profile.openCircuitV * 10), burning: false };
    }
    const current = Math.max(6, this.random.normal(...this.profile.currentA));
    const voltage = Math.max(5, this.random.normal(...this.profile.voltageV));
    return { currentDa: Math.round(current * 10), voltageDv: Math.round(voltage * 10), burning: true };
  }
}

/** Delta-encodes samples for a telemetry record (element 0 absolute, then differences). */
export function deltaEncode(values: readonly number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - (values[i - 1] as number)));
}
