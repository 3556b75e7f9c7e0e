import { ConformanceError } from '../conformance-error';

/** The testee protocol version this runner speaks (WC-CONF-002). */
export const TESTEE_PROTOCOL_VERSION = 1;

/** First line of every testee (WC-CONF-002). */
export interface TesteeHello {
  type: 'hello';
  protocol: number;
  implementation: string;
  version: string;
  areas: string[];
}

/** Runner → testee: one case (WC-CONF-003). */
export interface CaseMessage {
  type: 'case';
  area: string;
  id: string;
  case: unknown;
  /** File-level data the case refers to (for example keys and signed lists); `{}` when none. */
  context: Record<string, unknown>;
}

/** Testee → runner: the answer to one case (WC-CONF-003). */
export type ResultMessage =
  | { type: 'result'; id: string; outcome: unknown }
  | { type: 'result'; id: string; skipped: string };

function parseObject(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new ConformanceError('ERR_TESTEE_MESSAGE', 'testee wrote a line that is not JSON', {
      cause,
      details: { line: line.slice(0, 200) },
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConformanceError('ERR_TESTEE_MESSAGE', 'testee wrote JSON that is not an object', {
      details: { line: line.slice(0, 200) },
    });
  }
  return value as Record<string, unknown>;
}

/** Parses and checks a testee's first line. */
export function parseHello(line: string): TesteeHello {
  const problem = (reason: string) =>
    new ConformanceError('ERR_TESTEE_HELLO', `testee hello invalid: ${reason}`, {
      details: { line: line.slice(0, 200) },
    });
  let message: Record<string, unknown>;
  try {
    message = parseObject(line);
  } catch {
    throw problem('not a JSON object');
  }
  if (message.type !== 'hello') throw problem('first message is not of type "hello"');
  if (message.protocol !== TESTEE_PROTOCOL_VERSION)
    throw problem(`unsupported protocol ${String(message.protocol)}`);
  const { implementation, version, areas } = message;
  if (typeof implementation !== 'string' || implementation === '') throw problem('implementation missing');
  if (typeof version !== 'string') throw problem('version missing');
  if (!Array.isArray(areas) || !areas.every((area) => typeof area === 'string'))
    throw problem('areas missing');
  return { type: 'hello', protocol: TESTEE_PROTOCOL_VERSION, implementation, version, areas };
}

/** Parses a testee's answer to the case `expectedId`. */
export function parseResult(line: string, expectedId: string): ResultMessage {
  const message = parseObject(line);
  const invalid = (reason: string) =>
    new ConformanceError('ERR_TESTEE_MESSAGE', `testee result invalid: ${reason}`, {
      details: { id: expectedId, line: line.slice(0, 200) },
    });
  if (message.type !== 'result') throw invalid('message is not of type "result"');
  if (message.id !== expectedId) throw invalid(`answered case ${String(message.id)}`);
  if ('outcome' in message) return { type: 'result', id: expectedId, outcome: message.outcome };
  if (typeof message.skipped === 'string' && message.skipped !== '') {
    return { type: 'result', id: expectedId, skipped: message.skipped };
  }
  throw invalid('neither "outcome" nor a "skipped" reason');
}
