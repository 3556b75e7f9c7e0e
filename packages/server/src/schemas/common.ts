import { type Static, type TSchema, Type } from '@sinclair/typebox';

/** A string enum that shows as `enum` in the OpenAPI document (not an `anyOf` of constants). */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Unsafe<T[number]>({
    type: 'string',
    enum: [...values],
    ...(description === undefined ? {} : { description }),
  });
}

/** `T` or `null`. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** A UTC instant, RFC 3339. */
export const Instant = Type.String({ format: 'date-time', description: 'UTC instant (RFC 3339)' });

/** A calendar day, `YYYY-MM-DD` (certificate dates are Asia/Shanghai days). */
export const CalendarDate = Type.String({ format: 'date', description: 'calendar day YYYY-MM-DD' });

/** A short free-text field. */
export function Text(maxLength = 200, description?: string) {
  return Type.String({ minLength: 1, maxLength, ...(description === undefined ? {} : { description }) });
}

/** A server-assigned record id. */
export const RecordId = Type.String({ minLength: 1, maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' });

/** `/:id` path parameters. */
export const IdParams = Type.Object({ id: RecordId }, { additionalProperties: false });

/** Pagination query members, merged into each listing's query schema. */
export const pageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'page size' }),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 400,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'nextCursor of the previous page',
    }),
  ),
};

/** A page of `item`s. */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String({ description: 'pass as `cursor` to read the next page' })),
  });
}

/** Query string of a listing with extra filters. */
export function ListQuery<P extends Record<string, TSchema>>(filters: P) {
  return Type.Object({ ...pageQuery, ...filters }, { additionalProperties: false });
}

/** A geographic position with the datum it was measured or drawn in. */
export const Position = Type.Object(
  {
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    datum: StringEnum(['wgs84', 'gcj02', 'bd09'] as const),
  },
  { additionalProperties: false },
);

export type PositionValue = Static<typeof Position>;
