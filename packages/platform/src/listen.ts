import type http from 'node:http';
import type { AddressInfo } from 'node:net';

export class PortInUseError extends Error {
  constructor(
    readonly service: string,
    readonly port: number,
    portVar = 'PORT',
  ) {
    super(
      `Port ${port} is already in use, so the ${service} service cannot start. Stop what uses it, or set ${portVar}.`,
    );
  }
}

/** Listens on host:port, turning EADDRINUSE into a message a person understands. */
export function listen(
  server: http.Server,
  host: string,
  port: number,
  service: string,
  portVar = 'PORT',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(service, port, portVar) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
