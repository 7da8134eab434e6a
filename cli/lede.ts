// Lede's command line (contract.md §2): the same core as the extension, over saved pages.
//
//   lede analyze <file.html> [--url URL]      one analysis object
//   lede analyze --jsonl                      {"id","html","url"} lines in, analysis lines out
//   lede entities --jsonl                     {"id","text"} lines in, recognised spans out
import { analyzeDocument } from '../core/analyze';
import { recogniseEntities } from '../core/analyzeText';
import { nameSpan } from '../core/companies/recogniseCompanies';
import { jsonLines } from './jsonLines';
import { parseHtml } from './parseHtml';
import { InputError, MAX_INPUT_BYTES, readHtmlFile } from './readInput';

const USAGE = `usage: lede analyze <file.html> [--url URL]
       lede analyze --jsonl   < pages.jsonl   ({"id","html","url","lang"?} per line)
       lede entities --jsonl  < texts.jsonl   ({"id","text","lang"?} per line)`;

function analyzeHtml(html: string, url: string, lang?: string) {
  return analyzeDocument(parseHtml(html), { url, lang }).analysis;
}

function entities(text: string, lang?: string) {
  const { companies, figures, spans } = recogniseEntities(text, undefined, lang);
  return {
    // The recognisers' spans name the company: a possessive is not part of the name.
    companies: companies.map(nameSpan),
    figures: figures.map(({ text: t, start, end, kind }) => ({ text: t, start, end, kind })),
    // The kinds with recognisers of their own (core/kinds/registry.ts), by kind.
    ...(spans ? { spans } : {}),
  };
}

type Handler = (record: Record<string, unknown>) => Record<string, unknown>;

/** A record's `lang` (BCP 47, e.g. "de"): the recognisers read the text in it; absent, they tell it from the text. */
function recordLang(record: Record<string, unknown>): string | undefined {
  if (record.lang === undefined || record.lang === null) return undefined;
  if (typeof record.lang !== 'string') throw new InputError('"lang" must be a string');
  return record.lang;
}

const handlers: Record<string, Handler> = {
  analyze: (record) => {
    if (typeof record.html !== 'string') throw new InputError('"html" must be a string');
    return analyzeHtml(record.html, typeof record.url === 'string' ? record.url : '', recordLang(record)) as unknown as Record<
      string,
      unknown
    >;
  },
  entities: (record) => {
    if (typeof record.text !== 'string') throw new InputError('"text" must be a string');
    return entities(record.text, recordLang(record));
  },
};

/** One output line per input line; a bad record gets an error line and the batch goes on. */
async function runJsonl(handler: Handler): Promise<void> {
  let lineNo = 0;
  for await (const read of jsonLines(process.stdin, MAX_INPUT_BYTES)) {
    lineNo++;
    if ('text' in read && !read.text.trim()) continue;
    const line = 'text' in read ? read.text : '';
    let id: unknown = null;
    let out: Record<string, unknown>;
    try {
      if (!('text' in read))
        throw new InputError(`line ${lineNo}: longer than ${MAX_INPUT_BYTES / (1024 * 1024)} MB, which Lede does not read`);
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new InputError(`line ${lineNo}: not valid JSON`);
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record))
        throw new InputError(`line ${lineNo}: expected a JSON object`);
      id = (record as Record<string, unknown>).id ?? null;
      out = { id, ...handler(record as Record<string, unknown>) };
    } catch (error) {
      out = { id, error: error instanceof Error ? error.message : String(error) };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || !Object.hasOwn(handlers, command)) {
    process.stderr.write(`${command && !command.startsWith('-') ? `lede: unknown command '${command}'\n` : ''}${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  if (args.includes('--jsonl')) {
    await runJsonl(handlers[command] as Handler);
    return 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`lede: '${command}' reads --jsonl from standard input\n${USAGE}\n`);
    return 2;
  }
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--url');
  if (!file) {
    process.stderr.write(`lede: analyze needs a file\n${USAGE}\n`);
    return 2;
  }
  const analysis = analyzeHtml(readHtmlFile(file), option(args, '--url') ?? '');
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lede: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
