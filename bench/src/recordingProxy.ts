import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { listen } from '@lagesbild/platform';

/** One request the gateway sent to a subgraph, as the proxy in front of that subgraph saw it. */
export interface RecordedFetch {
  subgraph: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  responseBody: string;
  /** performance.now() of the bench process when the request arrived, and when its answer had been sent on. */
  startMs: number;
  endMs: number;
}

export interface RecordingProxy {
  url: string;
  stop(): Promise<void>;
}

/** Where several proxies put what they record: one operation at a time is recorded. */
export class FetchRecorder {
  private recording: RecordedFetch[] | undefined;
  private pending = 0;

  start(): void {
    this.recording = [];
    this.pending = 0;
  }

  /** Called as a request arrives: true when it is to be recorded, and then `add` follows. */
  begin(): boolean {
    if (this.recording) this.pending++;
    return this.recording !== undefined;
  }

  add(fetch: RecordedFetch): void {
    this.recording?.push(fetch);
    this.pending--;
  }

  /**
   * The fetches recorded since `start`, by start time. The gateway may answer before the proxy has noted its last
   * answer as sent, so this waits (a second at most) until every recorded request is complete.
   */
  async stop(): Promise<RecordedFetch[]> {
    for (let waited = 0; this.pending > 0 && waited < 1000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (this.pending > 0) throw new Error(`${this.pending} subgraph requests were still open after the answer.`);
    const recorded = this.recording ?? [];
    this.recording = undefined;
    return recorded.sort((a, b) => a.startMs - b.startMs);
  }
}

// Headers the replay sends again; connection handling and lengths are the client's own business.
const KEPT_HEADERS = ['content-type', 'accept', 'graphql-client-name', 'graphql-client-version'];

const upstreamAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Upstream {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
}

/** Sends one request on to the subgraph and collects its answer. */
function forward(target: URL, req: http.IncomingMessage, body: Buffer, retried = false): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
    delete headers.connection;
    const request = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent: upstreamAgent },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', reject);
        answer.on('end', () => {
          const answerBody = Buffer.concat(chunks);
          const answerHeaders = { ...answer.headers, 'content-length': String(answerBody.length) };
          delete answerHeaders['transfer-encoding'];
          delete answerHeaders.connection;
          resolve({ status: answer.statusCode ?? 502, headers: answerHeaders, body: answerBody });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      // The subgraph closed an idle kept-alive socket just as it was reused: send again once (see httpClient.ts).
      if (request.reusedSocket && error.code === 'ECONNRESET' && !retried)
        forward(target, req, body, true).then(resolve, reject);
      else reject(error);
    });
    request.end(body);
  });
}

/**
 * A pass-through HTTP proxy in front of one subgraph, on loopback. It forwards every request unchanged and, while
 * the recorder records, keeps each POST with its body and answer and the moments it came and went. The benchmark
 * points a gateway of its own at these proxies (<NAME>_SUBGRAPH_URL) to learn which subgraph requests an operation
 * costs, and in which order.
 */
export async function startRecordingProxy(
  subgraph: string,
  target: string,
  port: number,
  recorder: FetchRecorder,
): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const startMs = performance.now();
    const recorded = req.method === 'POST' && recorder.begin();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const record = (status: number, responseBody: string) =>
        recorded &&
        recorder.add({
          subgraph,
          path: req.url ?? '/',
          headers: Object.fromEntries(
            KEPT_HEADERS.flatMap((name) => (typeof req.headers[name] === 'string' ? [[name, req.headers[name]]] : [])),
          ),
          body: body.toString(),
          status,
          responseBody,
          startMs,
          endMs: performance.now(),
        });
      forward(upstream, req, body).then(
        (answer) => {
          res.writeHead(answer.status, answer.headers);
          // Noted once the answer is on its way back: the gateway cannot send a fetch that needs it any earlier.
          res.end(answer.body, () => record(answer.status, answer.body.toString()));
        },
        (error: Error) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`The recording proxy for ${subgraph} could not reach ${target}: ${error.message}`);
          record(502, error.message);
        },
      );
    });
  });
  const listening = await listen(server, '127.0.0.1', port, `${subgraph} recording proxy`);
  return {
    url: `http://127.0.0.1:${listening}${upstream.pathname}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        upstreamAgent.destroy();
      }),
  };
}
