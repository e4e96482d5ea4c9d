#!/usr/bin/env node
// A tiny static file server for the end-to-end tests (Node's http module only).
//
//   node serve.mjs [DIR] [PORT] [BASE]     e.g.  node serve.mjs ../dist 4173 /vertskap/
//
// Serves DIR under the path BASE at http://127.0.0.1:PORT, as a plain static host would:
// no rewrites, no SPA fallback. "/" and BASE without its trailing slash redirect to BASE.
// Missing files are 404; paths that would leave DIR are refused with 403.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [dirArg = "../dist", portArg = "4173", baseArg = "/"] = process.argv.slice(2);

const root = fs.realpathSync(path.resolve(dirArg));
const port = Number.parseInt(portArg, 10);
let base = baseArg.startsWith("/") ? baseArg : `/${baseArg}`;
if (!base.endsWith("/")) base += "/";

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: bad port "${portArg}"`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, "index.html"))) {
  console.error(`serve: ${path.join(root, "index.html")} not found; run "make dist" first`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : `${body}\n`);
}

function inside(file) {
  return file === root || file.startsWith(root + path.sep);
}

const server = http.createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "method not allowed", { Allow: "GET, HEAD" });
  }

  let url;
  let pathname;
  try {
    url = new URL(req.url, "http://127.0.0.1");
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, "bad request");
  }

  if (base !== "/" && (pathname === "/" || pathname === base.slice(0, -1))) {
    return send(res, 302, `see ${base}`, { Location: base + url.search });
  }
  if (!pathname.startsWith(base)) return send(res, 404, "not found");

  const rel = pathname.slice(base.length);
  // Refuse traversal outright, including encoded forms ("%2e%2e", "%2f", "\").
  if (rel.includes("\0") || rel.split(/[/\\]/).includes("..")) {
    return send(res, 403, "forbidden");
  }

  let file = path.resolve(root, rel);
  if (!inside(file)) return send(res, 403, "forbidden");

  let stat;
  try {
    file = fs.realpathSync(file);
    if (!inside(file)) return send(res, 403, "forbidden");
    stat = fs.statSync(file);
    if (stat.isDirectory()) {
      if (!pathname.endsWith("/")) {
        return send(res, 301, "moved", { Location: `${url.pathname}/${url.search}` });
      }
      file = path.join(file, "index.html");
      stat = fs.statSync(file);
    }
  } catch {
    return send(res, 404, "not found");
  }
  if (!stat.isFile()) return send(res, 404, "not found");

  res.writeHead(200, {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": stat.size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  fs.createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serve: ${root} at http://127.0.0.1:${server.address().port}${base}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => process.exit(0));
}
