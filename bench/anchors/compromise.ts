// Anchor for `npm run bench:entities`: compromise's organizations, money, percentages and numbers,
// as JSON lines in the shape of `lede entities --jsonl`. Reads {"id","text"} lines on stdin.
import { createInterface } from 'node:readline';
import nlp from 'compromise';

interface Offset {
  text: string;
  offset: { start: number; length: number };
}

const spans = (view: { out(format: 'offset'): Offset[] }) =>
  view.out('offset').map((m) => ({ text: m.text, start: m.offset.start, end: m.offset.start + m.offset.length }));

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  type View = { out(format: 'offset'): Offset[] };
  const doc = nlp(text) as unknown as { [method in 'money' | 'percentages' | 'numbers' | 'organizations']: () => View };
  const figures = [
    ...spans(doc.money()).map((s) => ({ ...s, kind: 'money' })),
    ...spans(doc.percentages()).map((s) => ({ ...s, kind: 'percent' })),
    ...spans(doc.numbers()).map((s) => ({ ...s, kind: 'count' })),
  ];
  process.stdout.write(`${JSON.stringify({ id, companies: spans(doc.organizations()), figures })}\n`);
}
