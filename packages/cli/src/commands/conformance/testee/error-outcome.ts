import { isWeldcodeError } from '@weldcode/errors';

/** `{error: code}` for the typed error `run` throws; `{error: null}` when it does not throw. */
export function errorOutcome(run: () => unknown): { error: string | null } {
  try {
    run();
    return { error: null };
  } catch (error) {
    if (isWeldcodeError(error)) return { error: error.code };
    throw error;
  }
}
