import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { ConformanceError } from '../conformance-error';

/**
 * Optional chip features a manifest may declare, each with the bit of `birth.sensors` that
 * announces it on the wire (spec/protocol.md, `Birth.sensors`). Declared and announced must agree.
 */
export const CHIP_FEATURES = {
  'current-sensing': 0,
  'voltage-sensing': 1,
  'temperature-sensing': 2,
  'gas-sensing': 3,
  gnss: 4,
  'cell-location': 5,
  'wifi-location': 6,
  'enclosure-switch': 7,
  'ble-relay': 8,
} as const;

/** A chip feature of {@link CHIP_FEATURES}. */
export type ChipFeature = keyof typeof CHIP_FEATURES;

/** Transports a chip may speak (spec/protocol.md §3 and §4). */
export const CHIP_TRANSPORTS = ['mqtt', 'tcp'] as const;

/** A transport of {@link CHIP_TRANSPORTS}. */
export type ChipTransport = (typeof CHIP_TRANSPORTS)[number];

/**
 * What an implementation declares it supports (PICS-like, WC-CONF-008): optional groups run all
 * or nothing, and the chip profile checks declared against observed behaviour.
 */
export interface CapabilityManifest {
  implementation: string;
  version?: string;
  /** Vectors profile: areas the implementation claims; every case of a claimed area must pass. */
  areas?: string[];
  /** Vectors profile: optional groups declared; each runs all or nothing. */
  groups?: string[];
  /** Chip profile: the transports the chip speaks and its optional features. */
  chip?: { transports: ChipTransport[]; features: ChipFeature[] };
}

const nameList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };

/** JSON Schema (2020-12) of a capability manifest; unknown keys are refused at every level. */
export const CAPABILITY_MANIFEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://weldcode.org/schema/capability-manifest.schema.json',
  type: 'object',
  required: ['implementation'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    implementation: { type: 'string', minLength: 1 },
    version: { type: 'string' },
    areas: nameList,
    groups: nameList,
    chip: {
      type: 'object',
      required: ['transports', 'features'],
      additionalProperties: false,
      properties: {
        transports: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: [...CHIP_TRANSPORTS] },
        },
        features: { type: 'array', uniqueItems: true, items: { enum: Object.keys(CHIP_FEATURES) } },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv2020['compile']> | undefined;

/**
 * Checks a capability manifest against {@link CAPABILITY_MANIFEST_SCHEMA}.
 *
 * @throws {@link ConformanceError} `ERR_CAPABILITIES_INVALID` naming the first problems.
 * @example
 * ```ts
 * import { parseCapabilityManifest } from '@weldcode/conformance';
 *
 * const manifest = parseCapabilityManifest({
 *   implementation: 'acme-chip-fw',
 *   chip: { transports: ['mqtt'], features: ['current-sensing', 'gnss'] },
 * });
 * ```
 */
export function parseCapabilityManifest(value: unknown): CapabilityManifest {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(CAPABILITY_MANIFEST_SCHEMA);
  if (!validator(value)) {
    const problems = (validator.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
    throw new ConformanceError(
      'ERR_CAPABILITIES_INVALID',
      `capability manifest invalid: ${problems.join('; ')}`,
      {
        details: { problems },
      },
    );
  }
  const { $schema: _schema, ...manifest } = value as CapabilityManifest & { $schema?: string };
  return manifest;
}

/** Reads and checks a capability manifest from a JSON file. */
export function readCapabilityManifest(path: string): CapabilityManifest {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConformanceError('ERR_CAPABILITIES_INVALID', `cannot read capability manifest ${path}`, {
      cause,
    });
  }
  return parseCapabilityManifest(value);
}

/** The `birth.sensors` bits that the declared features announce. */
export function declaredSensorBits(features: readonly ChipFeature[]): number {
  return features.reduce((bits, feature) => bits | (1 << CHIP_FEATURES[feature]), 0);
}

/** The features a `birth.sensors` value announces (unknown bits ignored). */
export function announcedFeatures(sensors: number): ChipFeature[] {
  return (Object.keys(CHIP_FEATURES) as ChipFeature[]).filter(
    (feature) => (sensors >>> CHIP_FEATURES[feature]) & 1,
  );
}
