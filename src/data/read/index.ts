import path from 'node:path';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { FileFormat, ReadInfo, ReadOptions, RowSink } from './types.js';
import { ReadError } from './types.js';

export * from './types.js';

const BY_EXTENSION: Record<string, FileFormat> = {
  '.csv': 'csv', '.txt': 'csv', '.tsv': 'csv', '.tab': 'csv',
  '.xlsx': 'xlsx', '.xlsm': 'xlsx',
  '.json': 'json',
  '.ndjson': 'ndjson', '.jsonl': 'ndjson',
};

/** The format of a file: as configured, else from its first bytes (a zip is a workbook), else its extension. */
export function formatOf(file: string, forced?: FileFormat): FileFormat {
  if (forced) return forced;
  const ext = path.extname(file).toLowerCase();
  try {
    const fd = openSync(file, 'r');
    try {
      const b = Buffer.alloc(4);
      const n = readSync(fd, b, 0, 4, 0);
      if (n >= 2 && b[0] === 0x50 && b[1] === 0x4b) return 'xlsx';
    } finally {
      closeSync(fd);
    }
  } catch {
    /* reported by the reader */
  }
  const f = BY_EXTENSION[ext];
  if (!f) throw new ReadError({ id: 'data.read.unknownFormat', values: { ext: ext || path.basename(file) } });
  return f;
}

/** Streams a table file into a sink; throws ReadError for a file that cannot be used at all. */
export async function readTable(file: string, opts: ReadOptions, sink: RowSink): Promise<ReadInfo> {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new ReadError({ id: 'data.read.unreadable', values: { reason: { msg: { id: 'data.read.isDirectory' } } } });
    size = st.size;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? { id: 'data.read.notFound' } : { id: 'data.read.unreadable', values: { reason: (err as Error).message } });
  }
  if (size === 0) throw new ReadError({ id: 'data.read.empty' });
  const format = formatOf(file, opts.format);
  switch (format) {
    // Each reader is loaded when a file of its format comes: a CSV need not compile the
    // workbook and JSON readers and their libraries (~0.1 s of CPU, paid again by a worker).
    case 'csv': return (await import('./csv.js')).readCsv(file, opts, sink);
    case 'xlsx': return (await import('./xlsx.js')).readXlsx(file, opts, sink);
    case 'json': return (await import('./json.js')).readJson(file, opts, sink);
    case 'ndjson': return (await import('./json.js')).readNdjson(file, opts, sink);
  }
}
