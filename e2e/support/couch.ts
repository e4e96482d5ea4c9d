// A CouchDB-protocol server for sync tests: pouchdb-server (pinned in package.json) in
// memory on loopback, in its own temporary folder, behind a proxy the test can take
// down (refusing every connection, as a server that is gone) or make answer 500, while
// the server behind it keeps its data.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const USER = "kafe";
export const PASSWORD = "hemmelig-passord";

/** `lose-answer`: a push reaches the server and is stored, but its answer never comes
 *  back (the connection drops), as when a server restarts mid-push. */
/** `refuse-push`: each pushed document is refused as a server rule would (forbidden). */
export type Mode = "up" | "down" | "fail-push" | "lose-answer" | "refuse-push";

export class Couch {
  private constructor(
    private server: ChildProcess,
    private readonly folder: string,
    private readonly proxy: http.Server,
    private readonly sockets: Set<Socket>,
    readonly upstream: string,
    readonly origin: string,
    private state: { mode: Mode; failed: number; requests: string[]; polls: number },
  ) {}

  /** Starts a server with an admin and an empty database called `db`. */
  static async start(db = "kafe"): Promise<Couch> {
    const folder = mkdtempSync(path.join(tmpdir(), "vertskap-couch-"));
    const port = await freePort();
    const server = await serve(folder, port);
    const upstream = `http://127.0.0.1:${port}`;
    const state = { mode: "up" as Mode, failed: 0, requests: [] as string[], polls: 0 };
    const sockets = new Set<Socket>();
    const proxy = http.createServer((req, res) => {
      if (req.method !== "OPTIONS") state.requests.push(`${req.method} ${req.url}`);
      if (req.method === "GET" && req.url?.includes("feed=longpoll")) {
        state.polls += 1;
        res.on("close", () => (state.polls -= 1));
      }
      if (state.mode === "down") {
        req.socket.destroy();
        return;
      }
      if (state.mode === "fail-push" && req.method === "POST" && req.url?.includes("/_bulk_docs")) {
        state.failed += 1;
        res.writeHead(500, {
          "content-type": "application/json",
          "access-control-allow-origin": req.headers.origin ?? "*",
          "access-control-allow-credentials": "true",
        });
        res.end(JSON.stringify({ error: "internal_server_error", reason: "test" }));
        return;
      }
      if (state.mode === "refuse-push" && req.method === "POST" && req.url?.includes("/_bulk_docs")) {
        let body = "";
        req.on("data", (chunk) => (body += chunk));
        req.on("end", () => {
          const docs: { _id: string }[] = JSON.parse(body).docs;
          res.writeHead(201, {
            "content-type": "application/json",
            "access-control-allow-origin": req.headers.origin ?? "*",
            "access-control-allow-credentials": "true",
          });
          res.end(JSON.stringify(docs.map((d) => ({ id: d._id, error: "forbidden", reason: "read only" }))));
        });
        return;
      }
      const losing = state.mode === "lose-answer" && req.method === "POST" && req.url?.includes("/_bulk_docs");
      const forward = http.request(
        `${upstream}${req.url}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          if (losing) {
            answer.resume();
            answer.on("end", () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on("error", () => res.destroy());
      req.pipe(forward);
    });
    proxy.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const couch = new Couch(server, folder, proxy, sockets, upstream, origin, state);
    await must(couch.request("PUT", `/${db}`));
    return couch;
  }

  /** Restarts the server, which (in memory) comes back with nothing: a database
   *  recreated empty under the same address, as after a server's disk was lost. */
  async restartEmpty(db = "kafe") {
    this.server.kill();
    await new Promise((resolve) => this.server.once("exit", resolve));
    this.server = await serve(this.folder, Number(new URL(this.upstream).port));
    await must(this.request("PUT", `/${db}`));
  }

  /** The database's address as a person types it. */
  address(db = "kafe"): string {
    return `${this.origin}/${db}`;
  }

  /** Takes the server away (every open connection dropped) or brings it back. */
  set(mode: Mode) {
    this.state.mode = mode;
    if (mode === "down") for (const socket of this.sockets) socket.destroy();
  }

  /** How many long polls are waiting on the server now (one per tab at rest). */
  openPolls(): number {
    return this.state.polls;
  }

  /** The requests made since the last `takeRequests`, without taking them. */
  requests(): string[] {
    return [...this.state.requests];
  }

  /** The requests the tablets made (method and path), since the last call. */
  takeRequests(): string[] {
    return this.state.requests.splice(0);
  }

  /** How many pushes were answered with 500. */
  failedPushes(): number {
    return this.state.failed;
  }

  /** A request straight to the server, as its admin. */
  request(method: string, url: string, body?: unknown): Promise<Response> {
    return fetch(`${this.upstream}${url}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`,
        "content-type": "application/json",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Every live document of the database, by `_id`. */
  async docs(db = "kafe"): Promise<Record<string, any>> {
    const answer = await (await must(this.request("GET", `/${db}/_all_docs?include_docs=true`))).json();
    return Object.fromEntries(answer.rows.map((row: any) => [row.id, row.doc]));
  }

  /** The documents of one section (`standards`, …), as the app writes them: `section:id`. */
  async sectionDocs(section: string, db = "kafe"): Promise<any[]> {
    return Object.values(await this.docs(db)).filter((doc) => doc._id.startsWith(`${section}:`));
  }

  async stop() {
    this.set("down");
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
    this.server.kill();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** pouchdb-server in memory on `port`, with the admin, once it answers. */
async function serve(folder: string, port: number): Promise<ChildProcess> {
  const bin = path.join(import.meta.dirname, "..", "node_modules", ".bin", "pouchdb-server");
  const server = spawn(bin, ["--in-memory", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: folder,
    stdio: "ignore",
  });
  const upstream = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(upstream)).ok);
  // The admin is kept in the folder's config.json: a restarted server already has it.
  const known = await fetch(`${upstream}/_session`, {
    headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}` },
  });
  if (!known.ok) {
    const admin = await fetch(`${upstream}/_config/admins/${USER}`, { method: "PUT", body: JSON.stringify(PASSWORD) });
    if (!admin.ok) throw new Error(`admin: ${admin.status} ${await admin.text()}`);
  }
  return server;
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function until(ready: () => Promise<boolean>) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if (await ready()) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("pouchdb-server did not start");
}

async function must(answer: Promise<Response>): Promise<Response> {
  const response = await answer;
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response;
}
