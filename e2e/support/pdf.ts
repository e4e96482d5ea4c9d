// What a printed page looks like, from the PDF Chromium makes: its pages rendered to
// grey images with pdftoppm and its text with pdftotext (Debian's poppler-utils), so a
// test can count pages, see how much of each the content fills, and read what is on it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PrintedPage {
  /** Height ÷ width of the paper (A-sizes: √2). */
  proportions: number;
  /** Width of the paper in millimetres. */
  widthMm: number;
  /** The part of the page between the first and last inked row, 0–1. */
  inkedHeight: number;
  /** Likewise between the first and last inked column. */
  inkedWidth: number;
}

export interface Printed {
  pages: PrintedPage[];
  /** Every page's text, in order. */
  text: string;
}

/** A pixel darker than this (0 black, 255 white) counts as ink. */
const INK = 200;
const DPI = 30;

function inked(pgm: Buffer): PrintedPage {
  // Binary PGM: "P5", width, height, maximum, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 64));
  if (!header) throw new Error("pdftoppm wrote no PGM image");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let [top, bottom, left, right] = [height, -1, width, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x] < INK) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  const paper = { proportions: height / width, widthMm: Math.round((width / DPI) * 25.4) };
  return bottom < 0
    ? { ...paper, inkedHeight: 0, inkedWidth: 0 }
    : { ...paper, inkedHeight: (bottom - top + 1) / height, inkedWidth: (right - left + 1) / width };
}

export function readPrinted(pdf: Buffer): Printed {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vertskap-pdf-"));
  try {
    const file = path.join(dir, "printed.pdf");
    fs.writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-gray", "-r", String(DPI), file, path.join(dir, "page")]);
    const images = fs.readdirSync(dir).filter((f) => f.endsWith(".pgm")).sort();
    const pages = images.map((f) => inked(fs.readFileSync(path.join(dir, f))));
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
    return { pages, text };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
