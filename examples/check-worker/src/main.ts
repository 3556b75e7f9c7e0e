/**
 * Checks a worker against a kind of hot work, the way a scan-to-start or an inspector's phone
 * does, and prints the explanation in Chinese and English.
 *
 * Run: pnpm -C examples/check-worker start [work-kind] [instant]
 *   e.g. pnpm -C examples/check-worker start special-equipment 2027-02-20T09:00:00+08:00
 */
import { pathToFileURL } from 'node:url';
import {
  checkWorker,
  createMemoryRegistry,
  explainVerdict,
  hashIdNumber,
  maskIdNumber,
  type Verdict,
  WORK_KINDS,
  type WorkerCredential,
  type WorkKind,
} from '@weldcode/credentials';

/** The district's holder salt; a real one is a secret distributed with the trust list. */
const DISTRICT_SALT = '5765c3a9a1d7e0b24f3c8e19d06b7a42';
const ID_NUMBER = '11010519491231002X';

/** What the worker's signed credential code carries (spec/credentials.md §2). */
const credential: WorkerCredential = {
  workerId: 'w-0001',
  maskedName: '张*',
  idHash: hashIdNumber(ID_NUMBER, DISTRICT_SALT),
  certificates: [
    {
      type: 'em-welding',
      number: 'T11010519491231002X',
      authority: '上海市应急管理局',
      validFrom: '2024-03-01',
      validTo: '2030-02-28',
      nextReviewDate: '2027-03-01',
    },
    {
      type: 'construction-welder',
      number: '沪A072025001234',
      authority: '上海市住房和城乡建设管理委员会',
      validFrom: '2025-06-01',
      validTo: '2027-05-31',
    },
  ],
};

/** The platform registry knows both certificates; the construction one was revoked last week. */
const registry = createMemoryRegistry([
  credential.certificates[0] as WorkerCredential['certificates'][number],
  { ...(credential.certificates[1] as WorkerCredential['certificates'][number]), status: 'revoked' },
]);

/** Checks the example worker (who presents their ID card) for one kind of work at one instant. */
export async function checkExampleWorker(workKind: WorkKind, at: string | number): Promise<Verdict> {
  return checkWorker(
    { workKind, at, credential, presented: { idNumber: ID_NUMBER }, idSalt: DISTRICT_SALT },
    { registry },
  );
}

/** The printed report: who, then the verdict in Chinese and in English. */
export function report(verdict: Verdict): string {
  return [
    `工人 Worker: ${credential.maskedName} (${credential.workerId}), 身份证 ID ${maskIdNumber(ID_NUMBER)}`,
    '',
    ...explainVerdict(verdict, 'zh'),
    '',
    ...explainVerdict(verdict, 'en'),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const workKind = (argv[0] ?? 'crowded-place') as WorkKind;
  if (!WORK_KINDS.includes(workKind)) {
    console.error(`work kind must be one of: ${WORK_KINDS.join(', ')}`);
    return 2;
  }
  const verdict = await checkExampleWorker(workKind, argv[1] ?? Date.now());
  console.log(report(verdict));
  return verdict.decision === 'reject' ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
