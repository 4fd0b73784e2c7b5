// Loaded into every zero-cache process (NODE_OPTIONS=--require, inherited by its forked
// workers) by server/zero-cache.ts. zero-cache 1.9 has no bind-address option and listens on
// '::' (every interface) for its sync port, its unauthenticated change streamer (port+1) and
// port+2. Browsers reach it only through the app's /zero proxy, so nothing it opens needs to
// be reachable from other machines: bind every TCP listener to loopback instead.
'use strict';

const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const anyInterface = new Set([undefined, null, '', '::', '0.0.0.0']);
const isPort = (v) => typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v));

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackListen(...args) {
  const [first, second] = args;
  if (first && typeof first === 'object' && !('fd' in first) && !('_handle' in first) && first.path === undefined) {
    // listen({ port, host, ... }): Fastify's form.
    if (anyInterface.has(first.host)) args[0] = { ...first, host: LOOPBACK };
  } else if (isPort(first)) {
    // listen(port[, host][, backlog][, callback])
    if (typeof second === 'string' && anyInterface.has(second)) args[1] = LOOPBACK;
    else if (typeof second !== 'string') args.splice(1, 0, LOOPBACK);
  }
  return listen.apply(this, args);
};

// The replica (customer messages of every team), its -wal/-shm files and zero-cache's
// scratch databases are created by zero-cache itself: a private umask makes each of them
// 0600 from the moment it exists, with no window where another local user could read it.
// (NODE_OPTIONS preloads run in worker threads too, which share the process's umask.)
if (require('node:worker_threads').isMainThread) process.umask(0o077);
