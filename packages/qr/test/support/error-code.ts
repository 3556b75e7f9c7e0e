import { QrError } from '../../src/qr-error';

/** The `ERR_QR_*` code `run` throws (awaited), or undefined when it succeeds; other errors rethrow. */
export async function errorCodeAsync(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof QrError) return error.code;
    throw error;
  }
}

/** The `ERR_QR_*` code `run` throws, or undefined when it succeeds; other errors rethrow. */
export function errorCode(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof QrError) return error.code;
    throw error;
  }
}
