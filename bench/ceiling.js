'use strict';
/**
 * The ceiling: a bare Node server, in a process of its own like an instance, that answers
 * every request with the bytes and content type the orchestrator sends it over IPC (the
 * cached list's exact answer), from memory. What serving those bytes can cost at best on
 * this machine; the rows are read as a share of it.
 */
const http = require('http');

process.once('message', ({ body, contentType }) => {
  const bytes = Buffer.from(body, 'base64');
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
    response.end(bytes);
  });
  server.listen(0, '127.0.0.1', () => process.send({ ready: true, port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
});
