// CRC-32/ISO-HDLC (the zlib CRC), table-driven. Spec section 4 names it because every MCU SDK has it.
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 of `bytes[start..end)`; `crc32(utf8("123456789")) === 0xcbf43926`.
 *
 * @example
 * ```ts
 * import { crc32 } from '@weldcode/protocol';
 *
 * crc32(new TextEncoder().encode('123456789')).toString(16); // 'cbf43926'
 * ```
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
