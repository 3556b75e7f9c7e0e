import { ProtocolError } from '../../src/index';

/** The ProtocolError code `run` throws, undefined if it returns; anything else is re-thrown. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ProtocolError) return error.code;
    throw error;
  }
  return undefined;
}
