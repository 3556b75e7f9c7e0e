import { readFileSync } from 'node:fs';
import { packageBuild } from '../../tsup.base';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default packageBuild({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  define: { __WELDCODE_CLI_VERSION__: JSON.stringify(version) },
});
