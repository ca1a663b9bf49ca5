// Worker entry for prepare-pool.ts: load the TypeScript sources through tsx, then serve requests.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { prepareInline } = await import('./prepare-pool.ts');
parentPort.on('message', ({ texts, embedDims }) => {
  try {
    const prepared = prepareInline(texts, embedDims);
    parentPort.postMessage({ ok: true, prepared }, prepared.vectors ? [prepared.vectors.buffer] : []);
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err?.message ?? err) });
  }
});
