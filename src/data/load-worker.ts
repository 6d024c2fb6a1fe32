/**
 * The worker of pipeline.ts: the in-thread Loader, unchanged, over a source's files, with
 * its used records going to a BatchWriter instead of the metrics. Errors go back as data:
 * an InputError with its problems (so the CLI says and exits exactly as in-thread), any
 * other with its message and stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../util/errors.js';
import { Loader, readSource } from './loader.js';
import { BatchWriter, type Batch, type WorkerInput } from './pipeline.js';
import { Zone } from './values.js';

const { spec, lang, strict, inFlight } = workerData as WorkerInput;
const port = parentPort!;
const writer = new BatchWriter(spec.kind, inFlight, (batch: Batch) => port.postMessage({ type: 'rows', batch }, [batch.num.buffer, batch.txt.buffer, batch.ends.buffer]));
// onProgress marks a batch boundary, so the main thread reports the count after the same records.
const loader = new Loader({ ...spec, zone: new Zone(spec.zone) }, lang, strict, writer, (rows) => writer.flush(rows));
try {
  const state = await readSource(loader, (file) => port.postMessage({ type: 'file', file }));
  writer.flush();
  port.postMessage({ type: 'done', state });
} catch (err) {
  if (err instanceof InputError) port.postMessage({ type: 'error', message: err.message, problems: err.problems });
  else port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
}
