import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TesteeProcess } from '../src/runner/testee-process';

const fakeTestee = fileURLToPath(new URL('./fixtures/fake-testee.mjs', import.meta.url));

describe('testee process', () => {
  it('WC-CONF-006: says bye after the last case and the testee exits by itself', async () => {
    const testee = await TesteeProcess.start({ command: process.execPath, args: [fakeTestee] });
    const answer = await testee.run(
      { type: 'case', area: 'demo', id: 'demo-a', case: { expected: 7 }, context: {} },
      5_000,
    );
    expect(answer).toEqual({ type: 'result', id: 'demo-a', outcome: 7 });
    const exit = new Promise<number | null>((resolve) => {
      // biome-ignore lint/suspicious/noExplicitAny: reaching the child to observe its exit status
      (testee as any).child.once('exit', (code: number | null) => resolve(code));
    });
    await testee.close(60_000);
    expect(await exit).toBe(0);
  });
});
