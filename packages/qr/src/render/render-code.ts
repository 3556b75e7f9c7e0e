import QRCode from 'qrcode';
import { inspectCode } from '../codes';
import { QrError } from '../qr-error';

/** QR error-correction level. */
export type EccLevel = 'L' | 'M' | 'Q' | 'H';

/** Options of the renderers. */
export interface RenderOptions {
  /** Default: H for plates (WC-QR-100), Q for credentials and permits. */
  ecc?: EccLevel;
  /** Quiet zone in modules; at least 4 (WC-QR-101). */
  margin?: number;
  /** PNG pixels per module (default 8). */
  scale?: number;
}

/** What a rendered symbol is: its QR version and size. */
export interface SymbolInfo {
  version: number;
  ecc: EccLevel;
  modules: number;
}

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

function segments(text: string): QRCode.QRCodeSegment[] {
  if (!ALPHANUMERIC.test(text)) {
    throw new QrError('ERR_QR_RENDER', 'only the text form or the upper-case URL form can be rendered', {
      details: { start: text.slice(0, 16) },
    });
  }
  return [{ data: text, mode: 'alphanumeric' }];
}

function eccFor(text: string, options: RenderOptions): EccLevel {
  if (options.ecc !== undefined) return options.ecc;
  try {
    return inspectCode(text).payloadValue.kind === 'plate' ? 'H' : 'Q';
  } catch (cause) {
    throw new QrError('ERR_QR_RENDER', 'not a weldcode code; pass an explicit ecc to render it', { cause });
  }
}

function margin(options: RenderOptions): number {
  const value = options.margin ?? 4;
  if (value < 4) {
    throw new QrError('ERR_QR_RENDER', 'the quiet zone is at least 4 modules', {
      details: { margin: value },
    });
  }
  return value;
}

/**
 * The QR version and size a code needs in one alphanumeric segment (WC-QR-019).
 *
 * @example
 * ```ts
 * import { symbolInfo } from '@weldcode/qr';
 *
 * symbolInfo(plate.text); // { version: 10, ecc: 'H', modules: 57 }
 * ```
 */
export function symbolInfo(text: string, options: RenderOptions = {}): SymbolInfo {
  const ecc = eccFor(text, options);
  const parts = segments(text);
  try {
    const symbol = QRCode.create(parts, { errorCorrectionLevel: ecc });
    return { version: symbol.version, ecc, modules: symbol.modules.size };
  } catch (cause) {
    throw new QrError('ERR_QR_RENDER', 'the text does not fit a QR symbol', { cause });
  }
}

/**
 * Renders a code as an SVG document (alphanumeric mode, ECC H for plates).
 *
 * @example
 * ```ts
 * import { renderSvg } from '@weldcode/qr';
 *
 * const svg = await renderSvg(plate.text);
 * ```
 */
export async function renderSvg(text: string, options: RenderOptions = {}): Promise<string> {
  return QRCode.toString(segments(text), {
    type: 'svg',
    errorCorrectionLevel: eccFor(text, options),
    margin: margin(options),
  });
}

/**
 * Renders a code as PNG bytes (Node; in browsers draw {@link renderSvg} instead).
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { renderPng } from '@weldcode/qr';
 *
 * writeFileSync('plate.png', await renderPng(plate.text, { scale: 10 }));
 * ```
 */
export async function renderPng(text: string, options: RenderOptions = {}): Promise<Uint8Array> {
  const buffer = await QRCode.toBuffer(segments(text), {
    type: 'png',
    errorCorrectionLevel: eccFor(text, options),
    margin: margin(options),
    scale: options.scale ?? 8,
  });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
