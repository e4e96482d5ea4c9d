// Two release builds on one server, for watching an update arrive: build A is dist/ as
// made by `make dist`; build B is the same with one visible change in index.html and the
// sw.js that pwa/precache.mjs writes for it, exactly as a real new build would get.
import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../../dist");
const precache = path.resolve(here, "../../pwa/precache.mjs");
const serve = path.resolve(here, "../serve.mjs");

/** A copy of dist/ whose index.html names the build, with its own sw.js. */
function build(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(dist, dir, { recursive: true });
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  fs.writeFileSync(index, html.replace("<head>", `<head><meta name="vertskap-test-build" content="${name}">`));
  execFileSync("node", [precache, dir], { stdio: "ignore" });
  return dir;
}

export class TwoBuilds {
  private constructor(
    private readonly root: string,
    private readonly served: string,
    private readonly server: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts a server on a free port serving build A under `base` ("/" or "/sub/"). */
  static async start(base: string): Promise<TwoBuilds> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "vertskap-builds-"));
    build(root, "A");
    build(root, "B");
    const served = path.join(root, "served");
    fs.cpSync(path.join(root, "A"), served, { recursive: true });
    const server = spawn("node", [serve, served, "0", base], { stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve, reject) => {
      server.once("error", reject);
      server.stdout!.on("data", (chunk: Buffer) => {
        const found = /at (http:\/\/\S+)/.exec(chunk.toString());
        if (found) resolve(found[1]);
      });
    });
    return new TwoBuilds(root, served, server, url);
  }

  /** What a deploy does: the server now has build `name`'s files and no others. */
  deploy(name: "A" | "B") {
    fs.rmSync(this.served, { recursive: true, force: true });
    fs.cpSync(path.join(this.root, name), this.served, { recursive: true });
  }

  async stop() {
    this.server.kill();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
