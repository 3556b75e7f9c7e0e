import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcedFeatures,
  CHIP_FEATURES,
  type ChipFeature,
  declaredSensorBits,
  parseCapabilityManifest,
} from '../src/index';
import { isConformanceError } from './support/imports';

const valid = {
  $schema: 'https://weldcode.org/schema/capability-manifest.schema.json',
  implementation: 'acme-chip-fw',
  version: '1.4.2',
  areas: ['protocol'],
  groups: ['compact-fences'],
  chip: { transports: ['mqtt', 'tcp'], features: ['current-sensing', 'gnss'] },
};

function rejects(value: unknown): string {
  try {
    parseCapabilityManifest(value);
  } catch (error) {
    if (isConformanceError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('capability manifest', () => {
  it('WC-CONF-022: accepts a manifest with vectors and chip sections and drops $schema', () => {
    const manifest = parseCapabilityManifest(valid);
    expect(manifest).toEqual({
      implementation: 'acme-chip-fw',
      version: '1.4.2',
      areas: ['protocol'],
      groups: ['compact-fences'],
      chip: { transports: ['mqtt', 'tcp'], features: ['current-sensing', 'gnss'] },
    });
  });

  it('WC-CONF-022: refuses unknown keys, unknown features and transports, and a missing implementation', () => {
    expect(rejects({ ...valid, colour: 'red' })).toBe('ERR_CAPABILITIES_INVALID');
    expect(rejects({ ...valid, chip: { ...valid.chip, gps: true } })).toBe('ERR_CAPABILITIES_INVALID');
    expect(rejects({ ...valid, chip: { ...valid.chip, features: ['x-ray'] } })).toBe(
      'ERR_CAPABILITIES_INVALID',
    );
    expect(rejects({ ...valid, chip: { ...valid.chip, transports: ['coap'] } })).toBe(
      'ERR_CAPABILITIES_INVALID',
    );
    expect(rejects({ ...valid, chip: { ...valid.chip, transports: [] } })).toBe('ERR_CAPABILITIES_INVALID');
    expect(rejects({ chip: valid.chip })).toBe('ERR_CAPABILITIES_INVALID');
    expect(rejects('manifest')).toBe('ERR_CAPABILITIES_INVALID');
  });

  it('WC-CONF-023: declared features and birth sensor bits map one to one', () => {
    const features = Object.keys(CHIP_FEATURES) as ChipFeature[];
    fc.assert(
      fc.property(fc.subarray(features), (declared) => {
        expect(announcedFeatures(declaredSensorBits(declared)).sort()).toEqual([...declared].sort());
      }),
    );
    // the reference chip's birth (simulator: current, voltage, GNSS, cell, enclosure, BLE)
    expect(announcedFeatures(0b1_1011_0011)).toEqual([
      'current-sensing',
      'voltage-sensing',
      'gnss',
      'cell-location',
      'enclosure-switch',
      'ble-relay',
    ]);
  });
});
