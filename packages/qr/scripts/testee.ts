/**
 * Reference testee of the `qr` area for `weldcode conformance run` (spec/conformance.md §2):
 * reads one `case` a line on stdin, answers one `result` a line on stdout.
 *
 *   pnpm weldcode conformance run --testee "pnpm exec tsx --tsconfig tsconfig.json packages/qr/scripts/testee.ts"
 */
import { createInterface } from 'node:readline';
import { qrOutcome } from './qr-outcome';
import type { VerifyCase } from './vector-runner';

const write = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
write({
  type: 'hello',
  protocol: 1,
  implementation: '@weldcode/qr reference testee',
  version: '0.0.0',
  areas: ['qr'],
});

for await (const line of createInterface({ input: process.stdin })) {
  const message = JSON.parse(line) as { type: string; id?: string; area?: string; case?: VerifyCase };
  if (message.type === 'bye') break;
  if (message.type !== 'case') continue;
  try {
    if (message.area !== 'qr')
      write({ type: 'result', id: message.id, skipped: `area ${message.area} not implemented` });
    else write({ type: 'result', id: message.id, outcome: qrOutcome(message.case as VerifyCase) });
  } catch (error) {
    write({ type: 'result', id: message.id, outcome: { thrown: String(error) } });
  }
}
