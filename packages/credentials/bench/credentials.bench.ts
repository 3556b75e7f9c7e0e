/**
 * Batch re-verification (临期/到期) of 100 000 certificates on one core, side by side with a
 * naive `Date`-based re-verification and with 100 000 single scan-time verifications.
 *
 * Run: pnpm -C packages/credentials bench
 */
import { Bench } from 'tinybench';
import {
  DEFAULT_POLICY,
  formatCalendarDay,
  hashIdNumber,
  parseCalendarDay,
  prepareRegistry,
  type RegistryCertificate,
  reverifyCertificates,
  verifyWorker,
} from '../src/index';

const COUNT = 100_000;
const AT = '2026-06-15T10:00:00+08:00';
const SALT = '000102030405060708090a0b0c0d0e0f';
const ID_HASH = hashIdNumber('11010519491231002X', SALT);

/** A seeded generator, so every run measures the same registry. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function registry(count: number): RegistryCertificate[] {
  const random = lcg(20_260_615);
  const base = parseCalendarDay('2019-01-01');
  const types = ['em-welding', 'construction-welder', 'special-equipment-welding'] as const;
  const terms = { 'em-welding': 6, 'construction-welder': 2, 'special-equipment-welding': 4 };
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % 3] as (typeof types)[number];
    const from = base + Math.floor(random() * 2900);
    const record: RegistryCertificate = {
      type,
      number: `N${String(i).padStart(8, '0')}`,
      authority: 'bench',
      validFrom: formatCalendarDay(from),
      validTo: formatCalendarDay(from + terms[type] * 365 - 1),
      workerId: `w-${i}`,
      status: random() < 0.01 ? 'revoked' : 'valid',
    };
    if (type === 'em-welding' && random() < 0.5) record.nextReviewDate = formatCalendarDay(from + 3 * 365);
    return record;
  });
}

/** The approach this package avoids: `Date` objects per certificate and millisecond comparisons. */
function naiveReverify(records: readonly RegistryCertificate[], at: string): number {
  const now = new Date(at);
  let alerts = 0;
  for (const r of records) {
    if (r.status === 'revoked') continue;
    const from = new Date(`${r.validFrom}T00:00:00+08:00`);
    const to = new Date(`${r.validTo}T23:59:59.999+08:00`);
    const review = r.nextReviewDate === undefined ? null : new Date(`${r.nextReviewDate}T23:59:59.999+08:00`);
    const lapse = review !== null && review < to ? review : to;
    const daysLeft = Math.floor((lapse.getTime() - now.getTime()) / 86_400_000);
    if (now < from || now > lapse || daysLeft <= 90) alerts++;
  }
  return alerts;
}

const records = registry(COUNT);
const prepared = prepareRegistry(records);
const credentials = records.map((record) => ({
  workerId: record.workerId ?? '',
  idHash: ID_HASH,
  certificates: [record],
}));
const workKind = {
  'em-welding': 'ordinary',
  'construction-welder': 'construction-site',
  'special-equipment-welding': 'special-equipment',
} as const;

let sink = 0;
const bench = new Bench({ time: 3_000, warmup: true });
bench
  .add('reverifyCertificates, prepared registry (100k)', () => {
    sink += reverifyCertificates(prepared, { at: AT, policy: DEFAULT_POLICY }).alerts.length;
  })
  .add('reverifyCertificates, raw records incl. parsing (100k)', () => {
    sink += reverifyCertificates(records, { at: AT, policy: DEFAULT_POLICY }).alerts.length;
  })
  .add('naive Date-based re-verification (100k)', () => {
    sink += naiveReverify(records, AT);
  })
  .add('verifyWorker, one scan each (100k)', () => {
    for (const credential of credentials) {
      const type = credential.certificates[0]?.type ?? 'em-welding';
      sink += verifyWorker({
        workKind: workKind[type],
        at: AT,
        presented: { workerId: credential.workerId },
        credential,
      }).findings.length;
    }
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') return `| ${task.name} | ${result.state} | | |`;
  const ms = result.latency.mean;
  const perSecond = Math.round((COUNT / ms) * 1000).toLocaleString('en-US');
  return `| ${task.name} | ${ms.toFixed(1)} ms | ±${result.latency.rme.toFixed(1)} % | ${perSecond} |`;
});
console.log(
  `node ${process.version}, ${COUNT.toLocaleString('en-US')} certificates, one core (sink ${sink > 0})`,
);
console.log('| task | mean per run | rme | certificates/s |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
