import { packageBuild } from '../../tsup.base';

// The @noble packages ship ESM only. The CJS twin bundles them, so `require('@weldcode/crypto')`
// works on every Node >= 20 (not only where require(esm) is enabled); the ESM build keeps them
// external for bundlers to dedupe.
export default [
  packageBuild({ format: ['esm'] }),
  packageBuild({ format: ['cjs'], clean: false, noExternal: [/^@noble\//] }),
];
