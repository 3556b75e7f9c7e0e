import { packageBuild } from '../tsup.base';

// `shims` gives the CJS build a working `import.meta.url`, used to find the shipped vectors.
export default packageBuild({ shims: true });
