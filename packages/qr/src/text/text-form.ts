import { QrError } from '../qr-error';
import { decodeBase45, encodeBase45 } from './base45';

/** The version this package writes and reads. */
export const TEXT_VERSION = 1;
/** Text-form prefix: alphanumeric-mode only, so the whole QR stays in alphanumeric mode. */
export const TEXT_PREFIX = `WC${TEXT_VERSION}:`;

const PREFIX_PATTERN = /^WC(\d+):/;
// Scanners and IMEs insert these; none is a Base45 character.
const REMOVED_INSIDE = /[\t\r\n\v\f\u200B-\u200D\u2060\uFEFF]/g;
const URL_MARKER = /\/(WC\d+:)/;

/**
 * Applies the scanner normalisation rules of spec/qr.md (WC-QR-020..WC-QR-023): NFKC (full-width
 * characters from Chinese IMEs), trim, drop line breaks and zero-width characters, upper-case.
 * Trimming is safe because a Base45 string never ends in a space.
 *
 * @example
 * ```ts
 * import { normaliseScan } from '@weldcode/qr';
 *
 * normaliseScan(' ｗｃ1：6bfoq\r\n'); // 'WC1:6BFOQ'
 * ```
 */
export function normaliseScan(scanned: string): string {
  // Printable ASCII is already NFKC-normal: skip the Unicode tables on the common path.
  const folded = PRINTABLE_ASCII.test(scanned) ? scanned : scanned.normalize('NFKC');
  return folded.trim().replace(REMOVED_INSIDE, '').toUpperCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Wraps signed bytes in the text form `WC1:` + Base45.
 *
 * @example
 * ```ts
 * import { encodeText } from '@weldcode/qr';
 *
 * encodeText(Uint8Array.of(0xd2)); // 'WC1:U5'
 * ```
 */
export function encodeText(bytes: Uint8Array): string {
  return TEXT_PREFIX + encodeBase45(bytes);
}

function checkPrefix(text: string): string {
  const match = PREFIX_PATTERN.exec(text);
  if (match === null) {
    throw new QrError('ERR_QR_BAD_PREFIX', `a weldcode code starts with ${TEXT_PREFIX}`, {
      details: { start: text.slice(0, 8) },
    });
  }
  if (Number(match[1]) !== TEXT_VERSION) {
    throw new QrError('ERR_QR_BAD_PREFIX', `unsupported code version ${match[1]}`, {
      details: { version: match[1] },
    });
  }
  return text.slice(match[0].length);
}

function percentDecode(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function urlCodePart(url: string): string {
  const afterScheme = url.slice('HTTPS://'.length);
  const slash = afterScheme.indexOf('/');
  const marker = slash < 0 ? null : URL_MARKER.exec(afterScheme.slice(slash));
  if (marker === null) {
    throw new QrError('ERR_QR_BAD_URL', 'URL form carries no /WC<version>: path segment', {
      details: { url: url.slice(0, 64) },
    });
  }
  // A `%` without two hex digits is a literal one that a scanner already unescaped: keep it.
  return percentDecode(afterScheme.slice(slash + marker.index + 1));
}

/**
 * Reads either form (text `WC1:...` or URL `HTTPS://host/path/WC1:...`) after normalisation and
 * returns the signed COSE bytes.
 *
 * @throws {@link QrError} `ERR_QR_BAD_PREFIX`, `ERR_QR_BAD_URL` or `ERR_QR_BASE45_*`.
 * @example
 * ```ts
 * import { decodeText, encodeText } from '@weldcode/qr';
 *
 * decodeText(encodeText(Uint8Array.of(1, 2))); // Uint8Array [1, 2]
 * ```
 */
export function decodeText(scanned: string): Uint8Array {
  const text = normaliseScan(scanned);
  const code = text.startsWith('HTTPS://') ? urlCodePart(text) : text;
  return decodeBase45(checkPrefix(code));
}

/**
 * The URL form: `base` (an upper-case `HTTPS://` URL ending in `/`) + the text form, with the two
 * Base45 characters that a URL cannot carry literally escaped (space as `%20`, `%` as `%25`).
 *
 * @throws {@link QrError} `ERR_QR_BAD_URL` if `base` is not an upper-case https URL ending in `/`.
 * @example
 * ```ts
 * import { encodeUrl } from '@weldcode/qr';
 *
 * encodeUrl(Uint8Array.of(0xd2), 'HTTPS://QR.EXAMPLE.CN/C/'); // 'HTTPS://QR.EXAMPLE.CN/C/WC1:U5'
 * ```
 */
export function encodeUrl(bytes: Uint8Array, base: string): string {
  if (!/^HTTPS:\/\/[A-Z0-9.-]+(:\d+)?\/([A-Z0-9$*+\-./:]*\/)?$/.test(base) || URL_MARKER.test(base)) {
    throw new QrError('ERR_QR_BAD_URL', 'the base must be an upper-case HTTPS:// URL ending in /', {
      details: { base },
    });
  }
  return base + encodeText(bytes).replace(/%/g, '%25').replace(/ /g, '%20');
}
