import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plateRoundtrip, summary } from './plate-roundtrip';

const outDir = process.argv[2] ?? join(tmpdir(), 'weldcode-plate-roundtrip');
const report = await plateRoundtrip(outDir);
console.log(summary(report));
process.exitCode = report.result.valid ? 0 : 1;
