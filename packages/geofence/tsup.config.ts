import { packageBuild } from '../../tsup.base';

// flatbush and robust-predicates ship ESM only: the CJS twin bundles them so that require()
// works on every Node 20 (require of ESM only arrived in 20.19). The ESM build keeps them external.
export default [
  packageBuild({ format: ['esm'] }),
  packageBuild({ format: ['cjs'], clean: false, noExternal: ['flatbush', 'flatqueue', 'robust-predicates'] }),
];
