import { createServer } from 'node:net';

/** A loopback TCP port nothing listens on (bound, then released): a connection to it is refused. */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
