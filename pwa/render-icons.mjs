#!/usr/bin/env node
// Renders the PNG icons in pwa/icons/ from icon.svg and icon-maskable.svg with Debian's
// Chromium. The PNGs are committed; run this only after changing an SVG:
//   node pwa/render-icons.mjs      (needs e2e/node_modules: make setup-test)

import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../e2e/package.json"));
const { chromium } = require("@playwright/test");

const ICONS = [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["icon.svg", "apple-touch-icon.png", 180],
  ["icon-maskable.svg", "icon-maskable-512.png", 512],
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const [source, target, size] of ICONS) {
  const svg = fs.readFileSync(path.join(here, source), "utf8");
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(here, "icons", target), omitBackground: true });
  console.log(`render-icons: icons/${target} (${size}×${size})`);
}
fs.copyFileSync(path.join(here, "icon.svg"), path.join(here, "icons", "icon.svg"));
await browser.close();
