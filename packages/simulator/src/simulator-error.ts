import { WeldcodeError } from '@weldcode/errors';

/** Stable codes of every error the simulator throws. */
export type SimulatorErrorCode =
  | 'ERR_SIM_SCENARIO_INVALID'
  | 'ERR_SIM_UNKNOWN_REFERENCE'
  | 'ERR_SIM_TRANSPORT'
  | 'ERR_SIM_TIMEOUT'
  | 'ERR_SIM_NOT_CONNECTED'
  | 'ERR_SIM_PLATFORM';

/**
 * The one error class of `@weldcode/simulator`.
 *
 * @example
 * ```ts
 * import { SimulatorError } from '@weldcode/simulator';
 *
 * try { parseScenario(text); } catch (e) { if (e instanceof SimulatorError && e.code === 'ERR_SIM_SCENARIO_INVALID') console.error(e.message); }
 * ```
 */
export class SimulatorError extends WeldcodeError<SimulatorErrorCode> {}
