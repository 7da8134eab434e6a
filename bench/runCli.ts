// Runs a JSON-lines process (Lede's CLI or an anchor script) over records, collecting its answers
// by id and the whole process's wall time, start-up included.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT } from '../harness/paths';

export async function runJsonlProcess<T extends { id: string }>(
  script: string[],
  records: object[],
): Promise<{ results: Map<string, T>; wallMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const results = new Map<string, T>();
  const reading = (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      const out = JSON.parse(line) as T;
      results.set(out.id, out);
    }
  })();
  for (const record of records) {
    if (!child.stdin.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await reading;
  await new Promise((resolve) => child.once('close', resolve));
  return { results, wallMs: performance.now() - started };
}

export function runCliJsonl<T extends { id: string }>(command: 'analyze' | 'entities', records: object[]) {
  return runJsonlProcess<T>(['cli/lede.ts', command, '--jsonl'], records);
}
