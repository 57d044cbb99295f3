/* global require, process, module, __filename */
// Preloaded (NODE_OPTIONS=--require) into every Node process the zero-egress test starts, before any
// of its code, so no library can open a connection or look up a name before it is watched. Plain
// CommonJS because Node loads it as it is, with no build step.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a preload is loaded by Node itself, not by the build */
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const dgram = require("node:dgram");

const LOG = process.env.EGRESS_LOG;

/**
 * Loopback: 127.0.0.0/8, ::1 and localhost. The test runs the platform on loopback only (embedded
 * PostgreSQL, subgraphs on 127.0.0.1), so anything else is recorded and refused before a packet is
 * sent: the test must not itself be the leak it looks for, even when it fails.
 */
function isLoopback(host) {
  const name = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    name === "::1" ||
    /^127\.\d+\.\d+\.\d+$/.test(name) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/.test(name)
  );
}

// Synchronous appends: a process that is killed right after connecting has still left its line.
// A refused event carries its caller's frames, so a failure names the code that tried.
function record(event) {
  const stack = event.refused ? callers() : undefined;
  fs.appendFileSync(LOG, `${JSON.stringify({ pid: process.pid, ...event, stack })}\n`);
}

function callers() {
  return (new Error().stack ?? "")
    .split("\n")
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => !line.includes(__filename))
    .slice(0, 8);
}

function refusal(kind, host, port) {
  const error = new Error(`egress refused by the zero-egress test: ${kind} ${host}${port ? `:${port}` : ""}`);
  error.code = kind === "connect" || kind === "udp" ? "ECONNREFUSED" : "ENOTFOUND";
  error.hostname = host;
  return error;
}

/** Where a `Socket#connect(...)` call goes, in each of the forms Node and libraries call it with. */
function connectTarget(args) {
  // net.connect() passes its arguments already normalised, as one array [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === "object") {
    if (first.path) return null;
    return { host: first.host ?? "localhost", port: Number(first.port) };
  }
  if (typeof first === "number" || /^\d+$/.test(String(first))) {
    return { host: typeof args[1] === "string" ? args[1] : "localhost", port: Number(first) };
  }
  // A string that is not a port is a Unix socket path: it never leaves the machine.
  return null;
}

function watchTcp() {
  // Every TCP client passes through here: http and https agents, undici and fetch, pg, tls.
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const target = connectTarget(args);
    if (target) {
      const local = isLoopback(target.host);
      record({ kind: "connect", host: target.host, port: target.port, refused: !local });
      if (!local) {
        const error = refusal("connect", target.host, target.port);
        process.nextTick(() => this.destroy(error));
        return this;
      }
    }
    return connect.apply(this, args);
  };
}

function watchUdp() {
  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function (...args) {
    // send(msg, port, address, cb) or send(msg, offset, length, port, address, cb); a connected
    // socket's send(msg, cb) was already judged by connect.
    const [port, address] = typeof args[3] === "number" ? [args[3], args[4]] : [args[1], args[2]];
    if (typeof port === "number" || /^\d+$/.test(String(port ?? ""))) {
      const host = typeof address === "string" ? address : "localhost";
      const local = isLoopback(host);
      record({ kind: "udp", host, port: Number(port), refused: !local });
      if (!local) {
        const callback = args.find((arg) => typeof arg === "function");
        if (callback) process.nextTick(callback, refusal("udp", host, port));
        return;
      }
    }
    return send.apply(this, args);
  };
  const connect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.connect = function (port, address, ...rest) {
    const host = typeof address === "string" ? address : "localhost";
    const local = isLoopback(host);
    record({ kind: "udp", host, port: Number(port), refused: !local });
    if (!local) throw refusal("udp", host, port);
    return connect.call(this, port, address, ...rest);
  };
}

/** Wraps a callback-style lookup (dns.lookup, dns.resolve*, a Resolver's methods) on `target`. */
function watchCallbackLookup(target, method, kind) {
  const original = target[method];
  if (typeof original !== "function") return;
  target[method] = function (host, ...rest) {
    const local = isLoopback(host);
    record({ kind, method, host: String(host), refused: !local });
    if (!local) {
      const callback = rest.findLast((arg) => typeof arg === "function");
      if (callback) process.nextTick(callback, refusal(kind, host));
      return {};
    }
    return original.call(this, host, ...rest);
  };
}

/** Wraps a promise-style lookup (dns.promises.*, a promises Resolver's methods) on `target`. */
function watchPromiseLookup(target, method, kind) {
  const original = target[method];
  if (typeof original !== "function") return;
  target[method] = function (host, ...rest) {
    const local = isLoopback(host);
    record({ kind, method, host: String(host), refused: !local });
    if (!local) return Promise.reject(refusal(kind, host));
    return original.call(this, host, ...rest);
  };
}

const RESOLVE_METHODS = Object.keys(dns).filter((name) => /^resolve/.test(name) || name === "reverse");

function watchDns() {
  // net looks dns.lookup up on the module at each connect, so replacing it here is seen there too.
  watchCallbackLookup(dns, "lookup", "lookup");
  watchCallbackLookup(dns, "lookupService", "lookup");
  watchPromiseLookup(dns.promises, "lookup", "lookup");
  watchPromiseLookup(dns.promises, "lookupService", "lookup");
  // The module's resolve functions are bound to a default Resolver when dns loads, so both they
  // and the Resolver classes (for resolvers made later) are wrapped.
  for (const method of RESOLVE_METHODS) {
    watchCallbackLookup(dns, method, "resolve");
    watchCallbackLookup(dns.Resolver.prototype, method, "resolve");
    watchPromiseLookup(dns.promises, method, "resolve");
    watchPromiseLookup(dns.promises.Resolver.prototype, method, "resolve");
  }
}

if (LOG) {
  // The script, or for `node -e` the flag alone: enough to tell the processes apart in a failure.
  const script = process.argv.slice(1);
  record({ kind: "process", argv: script.length > 0 ? script : process.execArgv.filter((a) => a.startsWith("-")) });
  watchTcp();
  watchUdp();
  watchDns();
}

// The test judges the log by the same rule.
module.exports = { isLoopback };
