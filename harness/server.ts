// A static file server on 127.0.0.1 for the end-to-end tests and browser benchmarks:
// `/fixtures/...` from test/fixtures, `/pages/...` from ../shared/pages and `/corpus/...` from
// ../shared/corpus where present (a `.gz` file is served decompressed under its name without `.gz`).
// Only loopback; a random free port.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURES, SHARED } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};
const ROOTS: Record<string, string> = { pages: join(SHARED, 'pages'), fixtures: FIXTURES, corpus: join(SHARED, 'corpus') };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Pages made on request, by path (for generated pages such as a 20,000-paragraph article). */
export type GeneratedPages = Record<string, () => string>;

export async function startServer(generated: GeneratedPages = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const make = generated[url.pathname];
    if (make) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(make());
      return;
    }
    const [, top, ...rest] = url.pathname.split('/');
    const base = top ? ROOTS[top] : undefined;
    const file = base ? normalize(join(base, ...rest.map(decodeURIComponent))) : '';
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (base && file.startsWith(base) && !existsSync(file) && existsSync(`${file}.gz`)) {
      res.writeHead(200, { 'content-type': type }).end(gunzipSync(readFileSync(`${file}.gz`)));
      return;
    }
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // `*.csp.html` fixtures come with the strictest policy a news site might send: no inline
    // styles or scripts, nothing from elsewhere.
    const csp = file.endsWith('.csp.html')
      ? { 'content-security-policy': "default-src 'none'; img-src 'self'; frame-ancestors 'self'" }
      : {};
    res.writeHead(200, { 'content-type': type, ...csp });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
