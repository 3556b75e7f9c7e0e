import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  sideEffects?: boolean;
  engines?: { node?: string };
  files?: string[];
  scripts?: Record<string, string>;
  exports?: Record<string, unknown>;
}

const packageDirs = [
  ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`),
  'conformance',
].filter((dir) => existsSync(join(root, dir, 'package.json')));

const changesetFiles = readdirSync(join(root, '.changeset')).filter(
  (name) => name.endsWith('.md') && name !== 'README.md',
);
const changesets = changesetFiles
  .map((name) => readFileSync(join(root, '.changeset', name), 'utf8'))
  .join('\n');

describe('changesets', () => {
  it.each(changesetFiles)('%s has a front matter of package bumps that changesets can read', (name) => {
    const text = readFileSync(join(root, '.changeset', name), 'utf8');
    expect(text).toMatch(/^---\n(["']@weldcode\/[a-z0-9-]+["']: (patch|minor|major)\n)+---\n\n\S/);
  });
});

describe.each(packageDirs)('%s follows the package template', (dir) => {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
  const file = (path: string) => join(root, dir, path);

  it('is an ESM-first scoped package with exports for import, require and types', () => {
    expect(manifest.name).toMatch(/^@weldcode\/[a-z0-9-]+$/);
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines?.node).toBe('>=20');
    expect(manifest.files).toContain('dist');
    expect(manifest.scripts?.build).toBe('tsup');
    expect(manifest.exports?.['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    });
  });

  it('has src/index.ts as an explicit export allowlist, tests, a README and a tsup config', () => {
    const index = readFileSync(file('src/index.ts'), 'utf8');
    expect(index).not.toMatch(/export\s+\*\s+from/);
    expect(index).toMatch(/@packageDocumentation/);
    expect(existsSync(file('test'))).toBe(true);
    expect(existsSync(file('README.md'))).toBe(true);
    expect(existsSync(file('tsup.config.ts'))).toBe(true);
  });

  it('has a changeset for its first release', () => {
    expect(changesets).toMatch(new RegExp(`["']${manifest.name}["']: (patch|minor|major)`));
  });
});
