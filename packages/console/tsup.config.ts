import { packageBuild } from '../../tsup.base';

// The Node entry (consoleAssetsDir) with tsup like every package; then Vite builds the browser app
// into dist/app, which the package ships prebuilt.
export default packageBuild({ shims: true, onSuccess: 'vite build --logLevel warn' });
