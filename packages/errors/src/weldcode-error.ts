/** Brand shared by every copy of this package (ESM and CJS builds, duplicated installs). */
const BRAND = Symbol.for('weldcode.error');

/** Options accepted by every weldcode error constructor. */
export interface WeldcodeErrorOptions {
  /** The lower-level error or value that caused this one. */
  cause?: unknown;
  /** Machine-readable context (offsets, field names, limits); never secrets. */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * Base class of every error thrown by a weldcode package.
 *
 * Each package narrows `C` to its closed union of `ERR_*` codes, so callers can `switch` on
 * `error.code` exhaustively. Codes are stable API: a code is never renamed or reused.
 *
 * @example
 * ```ts
 * import { WeldcodeError } from '@weldcode/errors';
 *
 * type FrameCode = 'ERR_FRAME_TRUNCATED' | 'ERR_FRAME_CRC';
 * class FrameError extends WeldcodeError<FrameCode> {}
 *
 * try {
 *   throw new FrameError('ERR_FRAME_CRC', 'CRC mismatch', { details: { offset: 12 } });
 * } catch (error) {
 *   if (error instanceof FrameError && error.code === 'ERR_FRAME_CRC') console.log(error.details);
 * }
 * ```
 */
export class WeldcodeError<C extends string = string> extends Error {
  /** Stable string code in `ERR_*` style. */
  readonly code: C;
  /** Machine-readable context for this occurrence. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: C, message: string, options: WeldcodeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object for logs and problem documents (no stack). */
  toJSON(): { name: string; code: C; message: string; details: Readonly<Record<string, unknown>> } {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Tells whether `value` is a weldcode error, optionally with one given code. Works across
 * duplicated installs and the ESM/CJS builds, where `instanceof` does not.
 *
 * @example
 * ```ts
 * import { isWeldcodeError } from '@weldcode/errors';
 *
 * try { decode(bytes); } catch (error) {
 *   if (isWeldcodeError(error, 'ERR_FRAME_CRC')) retransmit();
 * }
 * ```
 */
export function isWeldcodeError<C extends string = string>(
  value: unknown,
  code?: C,
): value is WeldcodeError<C> {
  if (typeof value !== 'object' || value === null || !(BRAND in value)) return false;
  return code === undefined || (value as { code?: unknown }).code === code;
}
