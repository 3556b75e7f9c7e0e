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

/** Optional groups a platform may declare (spec/conformance.md §7.1). */
export const PLATFORM_GROUPS = ['tcp-framing', 'test-clock'] as const;

/** A group of {@link PLATFORM_GROUPS}. */
export type PlatformGroup = (typeof PLATFORM_GROUPS)[number];

/**
 * The platform section of a manifest (WC-CONF-028): where the platform under test answers, how
 * the runner signs in to provision what its cases need, and the lab's platform control.
 */
export interface PlatformManifest {
  /** Base URL of the HTTP API, e.g. `http://127.0.0.1:18080`. */
  api: string;
  /** Where chips reach the platform over MQTT, e.g. `mqtt://127.0.0.1:11883`. */
  mqtt?: string;
  /** Where chips reach the platform with the stream framing (group `tcp-framing`). */
  tcp?: { host: string; port: number };
  /** A platform administrator's credentials, to provision chips, machines, workers, permits. */
  admin: { username: string; password: string } | { token: string };
  groups: PlatformGroup[];
  /** The program speaking the platform control channel (start, kill, restart). */
  control: { command: string; args?: string[] };
}

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
  /** Platform profile: where the platform answers and how the lab controls it. */
  platform?: PlatformManifest;
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
    platform: {
      type: 'object',
      required: ['api', 'admin', 'groups', 'control'],
      additionalProperties: false,
      anyOf: [
        { properties: { mqtt: { type: 'string' } }, required: ['mqtt'] },
        { properties: { tcp: { type: 'object' } }, required: ['tcp'] },
      ],
      properties: {
        api: { type: 'string', pattern: '^https?://[^\\s]+$' },
        mqtt: { type: 'string', pattern: '^mqtts?://[^\\s]+$' },
        tcp: {
          type: 'object',
          required: ['host', 'port'],
          additionalProperties: false,
          properties: {
            host: { type: 'string', minLength: 1 },
            port: { type: 'integer', minimum: 1, maximum: 65535 },
          },
        },
        admin: {
          oneOf: [
            {
              type: 'object',
              required: ['username', 'password'],
              additionalProperties: false,
              properties: {
                username: { type: 'string', minLength: 1 },
                password: { type: 'string', minLength: 1 },
              },
            },
            {
              type: 'object',
              required: ['token'],
              additionalProperties: false,
              properties: { token: { type: 'string', minLength: 1 } },
            },
          ],
        },
        groups: { type: 'array', uniqueItems: true, items: { enum: [...PLATFORM_GROUPS] } },
        control: {
          type: 'object',
          required: ['command'],
          additionalProperties: false,
          properties: {
            command: { type: 'string', minLength: 1 },
            args: { type: 'array', items: { type: 'string' } },
          },
        },
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
