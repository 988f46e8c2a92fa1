import http from 'node:http';

/**
 * One keep-alive agent for every request the benchmark sends itself, so that each measure pays for a request, not
 * for a TCP handshake; the gateways keep their connections to the subgraphs alive too.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** No single request may hang the run. */
const REQUEST_TIMEOUT_MS = 60_000;

/** Headers every request carries: the bench analyst's sign-in token, once the platform has started. */
const everyRequest: Record<string, string> = {};
export function sendWithEveryRequest(headers: Record<string, string>): void {
  Object.assign(everyRequest, headers);
}

/** The headers of a JSON request the bench sends, the load generator's included. */
export function jsonHeaders(headers: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...everyRequest, ...headers };
}

export interface HttpAnswer {
  status: number;
  body: string;
}

export function postJson(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  retried = false,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: jsonHeaders(headers),
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer from ${url} within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket that the server closed for idleness just as it was reused: Node's documented remedy is
      // to send the request again, once, on a fresh socket.
      if (request.reusedSocket && error.code === 'ECONNRESET' && !retried)
        postJson(url, body, headers, true).then(resolve, reject);
      else reject(error);
    });
    request.end(body);
  });
}

/** The GraphQL request body of a named operation, run with its default variables. */
export function operationBody(document: string, operationName: string): string {
  return JSON.stringify({ query: document, operationName });
}

/** An answer whose root fields are null: the operation's default variables name nothing in this data set. */
export class EmptyAnswer extends Error {}

/**
 * Throws unless the answer is HTTP 200 with no errors and every root field set: a failing operation, or one whose
 * default variables find nothing in this data (a school unit code that only exists at another scale), has no
 * latency worth reporting.
 */
export function assertAnswered(answer: HttpAnswer, what: string): void {
  let parsed: { data?: Record<string, unknown> | null; errors?: { message: string }[] } | undefined;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    // reported below
  }
  if (answer.status !== 200 || !parsed || parsed.errors?.length || parsed.data == null) {
    const detail = parsed?.errors?.map((error) => error.message).join('; ') ?? answer.body.slice(0, 300);
    throw new Error(`${what} answered HTTP ${answer.status}: ${detail}`);
  }
  const empty = Object.entries(parsed.data).filter(([, value]) => value === null);
  if (empty.length > 0) {
    const fields = empty.map(([field]) => field).join(', ');
    throw new EmptyAnswer(`${what} answered ${fields}: null; the default variables find nothing in this data.`);
  }
}

/** Closes the kept-alive sockets, so that the process can end. */
export function closeConnections(): void {
  agent.destroy();
}
