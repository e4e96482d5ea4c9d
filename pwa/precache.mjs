#!/usr/bin/env node
// Writes sw.js into a release build: the list of every file the build holds (trunk's
// hashed names, read from the directory, never a hand-kept list) and a build id that
// changes whenever any file changes, before the worker template in pwa/sw.js.
//
// The files are split in two. FILES are precached when the worker installs: what any
// visit needs. ON_USE are cached the first time they are used, or when the page asks
// to keep them: words and a starter kit are needed in one language only, the install icons only
// by a browser that installs the app. Every first visit used to download all of them.
//
//   node pwa/precache.mjs [DIR]
//
// DIR defaults to $TRUNK_STAGING_DIR: trunk runs this as a post_build hook (Trunk.toml).

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WORKER = "sw.js";
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache: give the build directory, or run as a trunk post_build hook");
  process.exit(2);
}
if (!fs.existsSync(path.join(dir, "index.html"))) {
  console.error(`precache: ${path.join(dir, "index.html")} not found`);
  process.exit(1);
}

// The words (i18n/<language>.ftl) are served as i18n/<language>.txt: no host knows a MIME
// type for .ftl, so they would go out as application/octet-stream, uncompressed (30 KB
// instead of 10); every host sends .txt as text and compresses it.
const words = path.join(dir, "i18n");
if (fs.existsSync(words)) {
  for (const file of fs.readdirSync(words).filter((f) => f.endsWith(".ftl"))) {
    fs.renameSync(path.join(words, file), path.join(words, file.replace(/\.ftl$/, ".txt")));
  }
}

function filesUnder(root, prefix = "") {
  return fs
    .readdirSync(path.join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(root, rel);
      return entry.isFile() && rel !== WORKER ? [rel] : [];
    });
}

const ON_USE = [/^kit\//, /^i18n\//, /^icons\/.*\.png$/];
const files = filesUnder(dir).sort();
const onUse = files.filter((file) => ON_USE.some((pattern) => pattern.test(file)));
const precached = files.filter((file) => !onUse.includes(file));
const hash = createHash("sha256");
for (const file of files) {
  hash.update(file).update("\0").update(fs.readFileSync(path.join(dir, file))).update("\0");
}
const build = hash.digest("hex").slice(0, 16);

const template = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER), "utf8");
const worker =
  `const BUILD = ${JSON.stringify(build)};\n` +
  `const FILES = ${JSON.stringify(precached.map(encodeURI), null, 2)};\n` +
  `const ON_USE = ${JSON.stringify(onUse.map(encodeURI), null, 2)};\n\n` +
  template;
fs.writeFileSync(path.join(dir, WORKER), worker);
console.log(`precache: ${WORKER} for build ${build}, ${precached.length} files precached, ${onUse.length} on use`);
