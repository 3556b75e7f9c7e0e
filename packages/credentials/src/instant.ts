import { CredentialsError } from './credentials-error';

/** An instant: milliseconds since the Unix epoch, a `Date`, or an ISO 8601 string with an offset. */
export type Instant = number | string | Date;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the Unix epoch; strings must name their offset so the day is never guessed. */
export function instantMs(value: Instant): number {
  let ms = Number.NaN;
  if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'string' && ISO_WITH_OFFSET.test(value)) ms = Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new CredentialsError(
      'ERR_CRED_DATE_INVALID',
      'expected an instant (ms, Date or ISO 8601 with offset)',
      {
        details: { value: typeof value === 'string' ? value.slice(0, 40) : typeof value },
      },
    );
  }
  return ms;
}
