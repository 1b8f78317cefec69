/**
 * A minimal keep-alive HTTP client over node:http for the load generator: one Agent with a
 * bounded socket pool, requests timed from the moment they are issued (time waiting for a
 * free socket counts, so a starved pool shows up as latency instead of hiding load).
 */
import http from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
  /** Milliseconds from issuing the request to the end of the response. */
  ms: number;
}

export class HttpError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export const nowMs = () => performance.timeOrigin + performance.now();

export class HttpClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly timeoutMs: number;
  private readonly outstanding = new Set<http.ClientRequest>();
  private aborted = false;

  constructor(baseUrl: string, maxSockets: number, timeoutMs = 30_000) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.timeoutMs = timeoutMs;
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets,
      maxFreeSockets: maxSockets,
      scheduling: 'lifo',
    });
  }

  request(method: string, path: string, cookie: string | null, body?: unknown): Promise<HttpResponse> {
    const started = nowMs();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    return new Promise((resolve, reject) => {
      if (this.aborted) {
        reject(new HttpError('aborted', 'the load was stopped'));
        return;
      }
      const req = http.request(
        {
          agent: this.agent,
          host: this.host,
          port: this.port,
          method,
          path,
          headers,
          timeout: this.timeoutMs,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: nowMs() - started }));
          res.on('error', (err: NodeJS.ErrnoException) =>
            reject(new HttpError(err.code ?? 'response_error', err.message)),
          );
        },
      );
      req.on('timeout', () =>
        req.destroy(new HttpError('timeout', `no response within ${this.timeoutMs} ms`)),
      );
      req.on('error', (err: NodeJS.ErrnoException) =>
        reject(err instanceof HttpError ? err : new HttpError(err.code ?? 'request_error', err.message)),
      );
      this.outstanding.add(req);
      req.on('close', () => this.outstanding.delete(req));
      req.end(payload);
    });
  }

  /** Stops everything in flight or queued for a socket (a cap was reached); they reject with `aborted`. */
  abortAll(): void {
    this.aborted = true;
    for (const req of this.outstanding) req.destroy(new HttpError('aborted', 'the load was stopped'));
    this.outstanding.clear();
  }

  close(): void {
    this.agent.destroy();
  }
}
