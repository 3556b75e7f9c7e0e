import type { PlatformSession } from '../../profiles/platform/platform-session';
import type { ProfileCase } from '../../profiles/profile-case';
import { API_CASES } from './api-cases';
import { CHIP_AUTH_CASES } from './chip-auth-cases';
import { INGEST_CASES } from './ingest-cases';
import { SCENARIO_CASES } from './scenario-cases';

/**
 * The platform profile's cases in run order: chips first, then ingest (the crash case among
 * them), then what the platform publishes, then the scenarios (each on fresh storage and a test
 * clock).
 */
export const PLATFORM_CASES: readonly ProfileCase<PlatformSession>[] = [
  ...CHIP_AUTH_CASES,
  ...INGEST_CASES,
  ...API_CASES,
  ...SCENARIO_CASES,
];
