/**
 * A GitHub issues API stand-in on 127.0.0.1: list (labels, state=all,
 * pagination with Link headers), create, update. 401 without the token.
 * Pull requests share the list, as on GitHub, and must be skipped.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: Array<{ name: string }>;
  pull_request?: { url: string };
}

export class IssuesStandIn {
  readonly issues: StoredIssue[] = [];
  readonly requests: Array<{ method: string; url: string }> = [];
  private server: http.Server | undefined;
  private next = 1;
  url = '';

  constructor(
    private readonly token: string,
    private readonly perPage = 2,
  ) {}

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => this.handle(request, body, response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addPullRequest(title: string, label: string): void {
    this.issues.push({
      number: this.next++,
      title,
      body: '<!-- kubegate-scan:image:x -->',
      state: 'open',
      labels: [{ name: label }],
      pull_request: { url: 'x' },
    });
  }

  private handle(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.url);
    this.requests.push({ method: request.method ?? '', url: url.pathname + url.search });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(value));
    };
    if (request.headers.authorization !== `token ${this.token}`)
      return json(401, { message: 'Bad credentials' });
    const list = /^\/repos\/acme\/deploy\/issues$/.test(url.pathname);
    const one = /^\/repos\/acme\/deploy\/issues\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      const matching = this.issues.filter(
        (issue) =>
          (!label || issue.labels.some((entry) => entry.name === label)) &&
          (state === 'all' || issue.state === state),
      );
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), this.perPage);
      const slice = matching.slice((page - 1) * perPage, page * perPage);
      const more = page * perPage < matching.length;
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      return json(200, slice, more ? { Link: `<${next.toString()}>; rel="next"` } : {});
    }
    if (list && request.method === 'POST') {
      const input = JSON.parse(body) as { title: string; body: string; labels: string[] };
      const issue: StoredIssue = {
        number: this.next++,
        title: input.title,
        body: input.body,
        state: 'open',
        labels: input.labels.map((name) => ({ name })),
      };
      this.issues.push(issue);
      return json(201, issue);
    }
    if (one && request.method === 'PATCH') {
      const issue = this.issues.find((candidate) => candidate.number === Number(one[1]));
      if (!issue) return json(404, { message: 'Not Found' });
      const change = JSON.parse(body) as Partial<StoredIssue>;
      if (change.title !== undefined) issue.title = change.title;
      if (change.body !== undefined) issue.body = change.body;
      if (change.state !== undefined) issue.state = change.state;
      return json(200, issue);
    }
    json(404, { message: 'Not Found' });
  }
}
