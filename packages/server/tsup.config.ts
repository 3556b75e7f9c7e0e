import { packageBuild } from '../../tsup.base';

// The ingest worker thread's entry is a file of its own beside the bundle (WC-SRV-154).
export default packageBuild({
  entry: { index: 'src/index.ts', 'ingest-worker': 'src/ingest/worker/ingest-worker-main.ts' },
  shims: true,
});
