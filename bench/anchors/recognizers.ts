// Anchor for `npm run bench:entities`: Microsoft Recognizers-Text (figures only): currency,
// percentage, number and dimension models, as JSON lines in the shape of `lede entities --jsonl`.
import { createInterface } from 'node:readline';
import * as Recognizers from '@microsoft/recognizers-text-suite';

const CULTURE = Recognizers.Culture.English;
type Result = { start: number; end: number; text: string };
const spans = (results: Result[], kind: string) => results.map((r) => ({ text: r.text, start: r.start, end: r.end + 1, kind }));

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const figures = [
    ...spans(Recognizers.recognizeCurrency(text, CULTURE), 'money'),
    ...spans(Recognizers.recognizePercentage(text, CULTURE), 'percent'),
    ...spans(Recognizers.recognizeNumber(text, CULTURE), 'count'),
    ...spans(Recognizers.recognizeDimension(text, CULTURE), 'quantity'),
  ];
  process.stdout.write(`${JSON.stringify({ id, companies: [], figures })}\n`);
}
