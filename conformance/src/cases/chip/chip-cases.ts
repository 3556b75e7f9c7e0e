import type { ChipSession } from '../../profiles/chip/chip-session';
import type { ProfileCase } from '../../profiles/profile-case';
import { GRANT_CASES } from './grant-cases';
import { OPTIONAL_CASES } from './optional-cases';
import { RECORD_CASES } from './record-cases';
import { SESSION_CASES } from './session-cases';

/**
 * The chip profile's cases in run order: registration first, the back-off case (which ends the
 * session) last among the mandatory ones, then the optional groups.
 */
export const CHIP_CASES: readonly ProfileCase<ChipSession>[] = [
  ...SESSION_CASES,
  ...GRANT_CASES,
  ...RECORD_CASES,
  ...OPTIONAL_CASES,
];
