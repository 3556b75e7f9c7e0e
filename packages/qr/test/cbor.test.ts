import { Decoder } from 'cbor-x';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCanonical } from '../src/cbor/canonical-encode';
import type { CborValue } from '../src/cbor/cbor-value';
import { decodeStrict } from '../src/cbor/strict-decode';
import { QrError } from '../src/qr-error';
import { errorCode } from './support/error-code';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function decodeError(bytes: Uint8Array, topLevelTag = false): string | undefined {
  return errorCode(() => decodeStrict(bytes, { topLevelTag }));
}

const profileValue: fc.Arbitrary<CborValue> = fc.letrec<{ value: CborValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.maxSafeInteger(),
    fc.integer({ min: -300, max: 70_000 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(fc.tuple(fc.integer({ min: -1000, max: 100_000 }), tie('value')), { maxLength: 5 })
      .map((entries) => new Map(entries)),
  ),
})).value;

describe('deterministic CBOR', () => {
  it('WC-QR-001: the canonical encoder writes shortest heads and sorted keys', () => {
    const map = new Map<number, CborValue>([
      [24, 1],
      [-1, 2],
      [1, 3],
      [0, 2 ** 40],
      [2, -(2 ** 33)],
    ]);
    const bytes = encodeCanonical(map);
    expect(toHex(bytes)).toBe(
      'a5' + '00' + '1b0000010000000000' + '0103' + '02' + '3b00000001ffffffff' + '1818' + '01' + '2002',
    );
    expect(toHex(encodeCanonical(['x', new Uint8Array([1]), 23, 24, 255, 256, 65536]))).toBe(
      '876178410117181818ff1901001a00010000',
    );
  });

  it('WC-QR-001: canonical output of any profile value is accepted by the strict decoder and round-trips', () => {
    fc.assert(
      fc.property(profileValue, (value) => {
        const bytes = encodeCanonical(value);
        const decoded = decodeStrict(bytes);
        expect(toHex(encodeCanonical(decoded as CborValue))).toBe(toHex(bytes));
      }),
    );
  });

  it.each([
    ['1817', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['190017', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['1a0000ffff', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['1b00000000ffffffff', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['380a', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['5801ff', 'ERR_QR_CBOR_NON_MINIMAL'],
    ['98020102', 'ERR_QR_CBOR_NON_MINIMAL'],
  ])('WC-QR-002: rejects the non-shortest head %s', (input, code) => {
    expect(decodeError(hex(input))).toBe(code);
  });

  it.each(['5f4101ff', '7f6161ff', '9f01ff', 'bf0101ff', 'ff'])(
    'WC-QR-003: rejects the indefinite-length item %s',
    (input) => {
      expect(decodeError(hex(input))).toBe('ERR_QR_CBOR_INDEFINITE_LENGTH');
    },
  );

  it('WC-QR-004: rejects map keys out of bytewise order (including uint before nint)', () => {
    expect(decodeError(hex('a202010101'))).toBe('ERR_QR_CBOR_KEY_ORDER');
    expect(decodeError(hex('a220010101'))).toBe('ERR_QR_CBOR_KEY_ORDER');
    expect(decodeError(hex('a21818010a01'))).toBe('ERR_QR_CBOR_KEY_ORDER');
    expect(decodeError(hex('a20101201818'))).toBeUndefined();
  });

  it('WC-QR-005: rejects duplicate keys', () => {
    expect(decodeError(hex('a201010102'))).toBe('ERR_QR_CBOR_DUPLICATE_KEY');
  });

  it('WC-QR-006: rejects trailing bytes', () => {
    expect(decodeError(hex('0100'))).toBe('ERR_QR_CBOR_TRAILING_BYTES');
    expect(decodeError(hex('a0a0'))).toBe('ERR_QR_CBOR_TRAILING_BYTES');
  });

  it.each([
    ['', 'ERR_QR_CBOR_TRUNCATED'],
    ['19', 'ERR_QR_CBOR_TRUNCATED'],
    ['4201', 'ERR_QR_CBOR_TRUNCATED'],
    ['9a7fffffff', 'ERR_QR_CBOR_TRUNCATED'],
    ['bb0000000100000000', 'ERR_QR_CBOR_TRUNCATED'],
    ['1c', 'ERR_QR_CBOR_RESERVED'],
    ['62c328', 'ERR_QR_CBOR_INVALID_UTF8'],
    ['61ff', 'ERR_QR_CBOR_INVALID_UTF8'],
  ])('WC-QR-007: rejects the malformed item "%s"', (input, code) => {
    expect(decodeError(hex(input))).toBe(code);
  });

  it.each([
    ['f4', 'false'],
    ['f6', 'null'],
    ['f93c00', 'half float'],
    ['fb3ff0000000000000', 'double'],
    ['c11a00000001', 'tag 1'],
    ['1b0020000000000000', '2^53'],
    ['3b001fffffffffffff', '-2^53'],
    ['a16161 01'.replace(' ', ''), 'text key'],
  ])('WC-QR-008: rejects %s (%s) outside the profile', (input) => {
    expect(decodeError(hex(input))).toBe('ERR_QR_CBOR_UNSUPPORTED');
  });

  it('WC-QR-008: accepts one top-level tag only when asked, never a nested one', () => {
    expect(decodeError(hex('d28101'), true)).toBeUndefined();
    expect(decodeError(hex('d28101'))).toBe('ERR_QR_CBOR_UNSUPPORTED');
    expect(decodeError(hex('d281d201'), true)).toBe('ERR_QR_CBOR_UNSUPPORTED');
  });

  it('WC-QR-009: rejects nesting deeper than 16 and huge declared lengths without allocating', () => {
    expect(decodeError(hex(`${'81'.repeat(17)}01`))).toBe('ERR_QR_CBOR_TOO_DEEP');
    expect(decodeError(hex(`${'81'.repeat(16)}01`))).toBeUndefined();
    expect(decodeError(hex('5b001fffffffffffff'))).toBe('ERR_QR_CBOR_TRUNCATED');
  });

  it('fuzz: arbitrary bytes give a value or a typed QrError, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, tag) => {
        try {
          decodeStrict(bytes, { topLevelTag: tag });
        } catch (error) {
          expect(error).toBeInstanceOf(QrError);
          expect((error as QrError).code).toMatch(/^ERR_QR_CBOR_/);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('fuzz: whatever the strict decoder accepts, cbor-x reads the same and we re-encode it byte for byte', () => {
    const reference = new Decoder({ useRecords: false, mapsAsObjects: false });
    const normalise = (value: unknown): unknown => {
      if (typeof value === 'bigint') return Number(value);
      if (value instanceof Uint8Array) return toHex(value);
      if (Array.isArray(value)) return value.map(normalise);
      if (value instanceof Map) return [...value.entries()].map(([k, v]) => [normalise(k), normalise(v)]);
      return value;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          profileValue.map((value) => encodeCanonical(value)),
          fc.uint8Array({ maxLength: 24 }),
        ),
        (bytes) => {
          let ours: unknown;
          try {
            ours = decodeStrict(bytes);
          } catch {
            return;
          }
          expect(normalise(ours)).toEqual(normalise(reference.decode(bytes)));
          expect(toHex(encodeCanonical(ours as CborValue))).toBe(toHex(bytes));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('COSE Sig_structure', () => {
  it('WC-QR-014: the hand-laid Sig_structure equals the canonical encoding for every length', async () => {
    const { sigStructure } = await import('../src/cose/cose-sign1');
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.constantFrom(new Uint8Array(65_535), new Uint8Array(65_536)),
        ),
        (p, payload) => {
          const expected = encodeCanonical(['Signature1', p, new Uint8Array(0), payload]);
          expect(toHex(sigStructure(p, payload))).toBe(toHex(expected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
