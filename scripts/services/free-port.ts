import net from "node:net";

// Every server we start listens on the loopback interface only.
const HOST = "127.0.0.1";

/**
 * `preferred` if nothing listens on it, else a port the kernel picks. The port
 * is released before returning, so another process could take it in between;
 * the caller's server then fails to bind and reports that clearly.
 */
export async function findFreePort(preferred: number): Promise<number> {
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? failNoPort();
}

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(undefined);
      else reject(error);
    });
    server.listen({ port, host: HOST, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address !== null ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

function failNoPort(): never {
  throw new Error(`no free TCP port on ${HOST}`);
}
