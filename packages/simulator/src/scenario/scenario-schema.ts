const hhmm = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
const id = { type: 'integer', minimum: 1 } as const;
const point = {
  type: 'object',
  additionalProperties: false,
  required: ['lat', 'lon'],
  properties: {
    lat: { type: 'number', minimum: -90, maximum: 90 },
    lon: { type: 'number', minimum: -180, maximum: 180 },
  },
} as const;
const probability = { type: 'number', minimum: 0, maximum: 1 } as const;
const faultPlan = {
  type: 'object',
  additionalProperties: false,
  properties: {
    drop: probability,
    duplicate: probability,
    reorder: probability,
    delay: probability,
    corrupt: probability,
    delayMs: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 },
  },
} as const;
const machineEvent = (types: string[], extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: ['at', 'type', 'machine', ...required],
  properties: { at: hhmm, type: { enum: types }, machine: id, ...extra },
});

/**
 * JSON Schema 2020-12 of a scenario file; `scenarios/scenario.schema.json` is this object
 * (a test keeps them equal).
 */
export const SCENARIO_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://weldcode.dev/schema/simulator/scenario.schema.json',
  title: 'weldcode simulator scenario',
  type: 'object',
  additionalProperties: false,
  required: [
    'name',
    'seed',
    'start',
    'durationMinutes',
    'district',
    'enterprises',
    'sites',
    'machines',
    'workers',
    'permits',
    'events',
    'expect',
  ],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    seed: { type: 'integer' },
    start: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?([+-]\\d\\d:\\d\\d|Z)$' },
    durationMinutes: { type: 'integer', minimum: 1, maximum: 10_080 },
    district: { type: 'integer', minimum: 100_000, maximum: 999_999 },
    enterprises: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'sector'],
        properties: { id, name: { type: 'string' }, sector: { type: 'string' } },
      },
    },
    sites: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'enterprise', 'name', 'centre', 'radiusM'],
        properties: {
          id,
          enterprise: id,
          name: { type: 'string' },
          centre: point,
          radiusM: { type: 'number', exclusiveMinimum: 0 },
          openingHours: { type: 'array', items: hhmm, minItems: 2, maxItems: 2 },
          town: { type: 'string', minLength: 1 },
        },
      },
    },
    machines: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'site', 'kind'],
        properties: {
          id,
          site: id,
          kind: { enum: ['arc', 'mig-mag', 'tig', 'plasma-cutting', 'gas-cutting', 'other'] },
          positionMode: { enum: ['gnss', 'cell', 'indoor'] },
          driftPpm: { type: 'number', minimum: -1000, maximum: 1000 },
          skewMs: { type: 'integer' },
        },
      },
    },
    workers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'certificates'],
        properties: {
          id,
          name: { type: 'string', minLength: 1 },
          certificates: {
            type: 'array',
            maxItems: 8,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['type', 'validFrom', 'validTo'],
              properties: {
                type: { enum: ['em-welding', 'construction-welder', 'special-equipment-welding'] },
                validFrom: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\d$' },
                validTo: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\d$' },
              },
            },
          },
        },
      },
    },
    permits: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'site',
          'workKind',
          'level',
          'zone',
          'start',
          'durationMinutes',
          'workers',
          'machines',
          'fireWatcher',
        ],
        properties: {
          id,
          site: id,
          workKind: { enum: ['ordinary', 'crowded-place', 'construction-site', 'special-equipment'] },
          level: { enum: ['special', 'level-1', 'level-2'] },
          zone: {
            type: 'object',
            additionalProperties: false,
            required: ['lat', 'lon', 'radiusM'],
            properties: {
              lat: point.properties.lat,
              lon: point.properties.lon,
              radiusM: { type: 'integer', minimum: 1 },
            },
          },
          start: hhmm,
          durationMinutes: { type: 'integer', minimum: 1, maximum: 4320 },
          workers: { type: 'array', items: id, minItems: 1 },
          machines: { type: 'array', items: id },
          fireWatcher: id,
        },
      },
    },
    faults: { type: 'object', additionalProperties: false, properties: { up: faultPlan, down: faultPlan } },
    events: {
      type: 'array',
      items: {
        oneOf: [
          machineEvent(
            ['scan'],
            {
              worker: id,
              permit: id,
              phoneOffsetM: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
              fireWatcherAbsent: { type: 'boolean' },
              viaBle: { type: 'boolean' },
              workMinutes: { type: 'integer', minimum: 1 },
            },
            ['worker'],
          ),
          machineEvent(['bypass', 'offline'], { minutes: { type: 'integer', minimum: 1 } }, ['minutes']),
          machineEvent([
            'open-enclosure',
            'remove-chip',
            'power-cut',
            'power-restore',
            'reboot',
            'replay-grant',
          ]),
          machineEvent(['move'], { northM: { type: 'number' }, eastM: { type: 'number' } }, [
            'northM',
            'eastM',
          ]),
          {
            type: 'object',
            additionalProperties: false,
            required: ['at', 'type'],
            properties: { at: hhmm, type: { const: 'broker-restart' } },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['at', 'type'],
            properties: { at: hhmm, type: { const: 'inspect' }, worker: id, machine: id, permit: id },
          },
        ],
      },
    },
    expect: {
      type: 'object',
      additionalProperties: false,
      required: ['refusals', 'alerts'],
      properties: {
        refusals: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['reason'],
            properties: { reason: { type: 'string' }, worker: id, machine: id },
          },
        },
        alerts: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'machine'],
            properties: { kind: { type: 'string' }, machine: id },
          },
        },
        ignoreAlerts: { type: 'array', items: { type: 'string' } },
        grants: { type: 'integer', minimum: 0 },
      },
    },
  },
} as const;
