import path from 'node:path';
import { buildPacket } from '../pipeline/build-packet';
import { templatesDir } from '../runtime/paths';
import { keepHeapTight } from '../runtime/heap-growth';

/** One build in this fresh process (of the documents `only` names, or all); prints its stage times, peak memory and output sizes as JSON. */
async function buildOnce(dataDir: string, outDir: string, threads: number, only: readonly string[] | undefined): Promise<void> {
  const started = performance.now();
  const result = await buildPacket({ dataDir, outDir, templatesDir, threads, ...(only ? { only } : {}), clock: () => performance.now() });
  const total = performance.now() - started;
  const sizes: Record<string, number> = {};
  for (const file of result.manifest.files) {
    const kind = path.extname(file.path).slice(1);
    sizes[kind] = (sizes[kind] ?? 0) + file.bytes;
  }
  const report = {
    stages: Object.fromEntries(result.timings),
    totalMs: total,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    documents: result.manifest.files.length,
    sizes,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

keepHeapTight();
const [dataDir, outDir, threads, only] = process.argv.slice(2);
void buildOnce(dataDir, outDir, Number(threads ?? '2'), only?.split(','));
