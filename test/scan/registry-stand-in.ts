/**
 * A container registry stand-in on 127.0.0.1 for digest resolution:
 *   /v2/open/<name>/manifests/<tag>     200 with Docker-Content-Digest, no auth
 *   /v2/public/<name>/manifests/<tag>   401 Bearer challenge; anonymous token from /token
 *   /v2/private/<name>/manifests/<tag>  401 Bearer challenge; /token needs Basic user:secret
 *   /v2/basic/<name>/manifests/<tag>    401 Basic challenge; Basic user:secret
 *   /v2/missing/…                       404 (after auth, like a real registry)
 *   /v2/slow/…                          never answers
 * HEAD requests must send the four manifest media types in Accept, else 406.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MANIFEST_MEDIA_TYPES } from '../../src/scan/registry.js';

export const DIGEST_OF = (name: string, tag: string) =>
  `sha256:${Buffer.from(`${name}:${tag}`).toString('hex').padEnd(64, '0').slice(0, 64)}`;

export const USER = 'robot';
export const SECRET = 'hunter2-secret';

export class RegistryStandIn {
  readonly requests: Array<{ method: string; url: string; authorization?: string; accept?: string }> = [];
  private server: http.Server | undefined;
  private readonly sockets = new Set<import('node:net').Socket>();
  host = '';

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', `http://${this.host}`);
    const authorization = request.headers.authorization;
    this.requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      ...(authorization ? { authorization } : {}),
      ...(request.headers.accept ? { accept: request.headers.accept } : {}),
    });
    const basicOk = authorization === `Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`;
    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      if (scope.includes(':private/') && !basicOk) return void response.writeHead(401).end();
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ token: `token-for-${scope}`, expires_in: 300 }));
    }
    const match = /^\/v2\/((open|public|private|basic|missing|slow)\/[^/]+)\/manifests\/([^/]+)$/.exec(
      url.pathname,
    );
    if (!match) return void response.writeHead(404).end();
    const [, name, kind, tag] = match as unknown as [string, string, string, string];
    if (kind === 'slow') return; // never answers
    const challenge = (scope: string) =>
      `Bearer realm="http://${this.host}/token",service="stand-in",scope="repository:${scope}:pull"`;
    if (kind === 'public' || kind === 'private' || kind === 'missing') {
      if (authorization !== `Bearer token-for-repository:${name}:pull`) {
        response.writeHead(401, { 'WWW-Authenticate': challenge(name) });
        return void response.end();
      }
    }
    if (kind === 'basic' && !basicOk) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="stand-in"' });
      return void response.end();
    }
    const accept = request.headers.accept ?? '';
    if (!MANIFEST_MEDIA_TYPES.every((type) => accept.includes(type)))
      return void response.writeHead(406).end();
    if (kind === 'missing') return void response.writeHead(404).end();
    response.writeHead(200, {
      'Docker-Content-Digest': DIGEST_OF(name, tag),
      'Content-Type': 'application/vnd.oci.image.index.v1+json',
    });
    response.end();
  }
}
