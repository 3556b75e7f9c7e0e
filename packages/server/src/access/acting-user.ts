import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { principalOf } from './enforce';

/**
 * A body member that once named who acts (`by`, `actor`, `installer`, `applicant`). It is still
 * accepted, so older clients keep working, but ignored: the server records the signed-in user
 * (WC-SUP-040), so nobody can act in another's name.
 */
export function IgnoredActor(what: string) {
  return Type.Optional(
    Type.String({
      maxLength: 100,
      deprecated: true,
      description: `${what}: ignored, the signed-in user is recorded (WC-SUP-040)`,
    }),
  );
}

/** Who acts in `request`, as audit entries and records name them: the signed-in user's username. */
export function actingUser(request: FastifyRequest): string {
  return principalOf(request).username;
}

/** `body` with `member` set to the signed-in user, whatever the client sent there. */
export function asActingUser<K extends string>(
  request: FastifyRequest,
  member: K,
): Record<string, unknown> & Record<K, string> {
  return { ...(request.body as Record<string, unknown>), [member]: actingUser(request) } as Record<
    string,
    unknown
  > &
    Record<K, string>;
}
