import type { RequestHandler } from "express";

/**
 * How long a client may take to send its request, in place of Node's server-wide
 * `requestTimeout`, which cannot tell a GraphQL request from a file upload.
 *
 * - Every request must have arrived whole within `ms` of its start, as before: a slow sender of a
 *   small GraphQL body cannot hold a connection open.
 * - A streamed upload (`streamedPaths`) is as large as the file, and a 50 MB registry export on an
 *   office line takes minutes. It may take as long as it keeps sending: it is cut off only when no
 *   byte has arrived for `ms`.
 *
 * A request cut off is answered 408 (when nothing has been answered yet) and its connection closed.
 */
export function requestDeadline(ms: number, streamedPaths: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const cutOff = () => {
      if (req.complete) return;
      if (!res.headersSent) {
        res
          .status(408)
          .set("connection", "close")
          .json({
            errors: [
              { message: `the request did not arrive within ${ms} ms`, extensions: { code: "REQUEST_TIMEOUT" } },
            ],
          });
      }
      // After the answer is written: a sender that stopped mid-body would otherwise keep the socket.
      res.once("finish", () => req.socket.destroy());
      if (res.writableFinished) req.socket.destroy();
    };
    if (streamedPaths.includes(req.path)) {
      // The socket's idle timer, through the request so that Node leaves the answer to cutOff
      // rather than destroying the socket; no "data" listener, so piping the body on is untouched.
      // Once the body is in, saving it may take a while with nothing to send: no idle limit then.
      req.setTimeout(ms, cutOff);
      req.once("end", () => req.socket.setTimeout(0));
    } else {
      const timer = setTimeout(cutOff, ms);
      timer.unref();
      res.once("close", () => clearTimeout(timer));
    }
    next();
  };
}
