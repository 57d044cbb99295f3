import { createServer, type RequestListener, type Server } from "node:http";

/** Thrown when a service cannot bind its port; the message is the one line an operator needs. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use: stop what is using it or set another port`);
    this.name = "PortInUseError";
  }
}

/**
 * An HTTP server whose idle keep-alive outlives its clients' (the gateway's), so they never race a
 * close. With `headersTimeoutMs`, a client that takes longer to send its request's headers is
 * answered 408 and disconnected. How long a body may take is the handler's to say (the gateway's
 * requestDeadline): Node's own requestTimeout is one figure for every path, and a file upload is
 * not a GraphQL request.
 */
export function createHttpServer(handler: RequestListener, headersTimeoutMs?: number): Server {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 0;
  server.headersTimeout = Math.min(66_000, headersTimeoutMs ?? 66_000);
  return server;
}

/** Listens on `port` (0 for any free one) and resolves with the bound port. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === "object" && address ? address.port : port;
}

/** The URL clients on this machine use to reach a server bound to `host`. */
export function localUrl(host: string, port: number, path: string): string {
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${reachable}:${port}${path}`;
}

/**
 * Binds `server` and gives the URL of its GraphQL endpoint; when the port cannot be bound, runs
 * `release` (stopping what was started for the server) before rethrowing.
 */
export async function listenOrRelease(
  server: Server,
  port: number,
  host: string,
  release: () => Promise<void>,
): Promise<{ port: number; url: string }> {
  try {
    const bound = await listen(server, port, host);
    return { port: bound, url: localUrl(host, bound, "/graphql") };
  } catch (error) {
    await release();
    throw error;
  }
}
