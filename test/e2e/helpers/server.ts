// A static file server on 127.0.0.1 for the end-to-end tests: `/pages/...` from shared/pages,
// `/fixtures/...` from test/fixtures. Only loopback; a random free port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURES, SHARED } from '../../helpers/paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};
const ROOTS: Record<string, string> = { pages: join(SHARED, 'pages'), fixtures: FIXTURES };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, top, ...rest] = url.pathname.split('/');
    const base = top ? ROOTS[top] : undefined;
    const file = base ? normalize(join(base, ...rest.map(decodeURIComponent))) : '';
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
