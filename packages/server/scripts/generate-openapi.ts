// Writes packages/server/openapi.json from the route schemas (`pnpm run generate`); CI
// regenerates it and fails on a diff, so the committed document always matches the code.
// The file is then formatted by Biome, the repository's formatter, so `pnpm format` and
// `pnpm generate` agree on every byte.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../src/openapi-document';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, await openApiDocument());
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
execFileSync(process.execPath, [biome, 'format', '--write', target], { stdio: 'ignore' });
console.log(`wrote ${target}`);
