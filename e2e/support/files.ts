// Files in and out of the app, as a person saves and picks them.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const fixture = (name: string) => fileURLToPath(new URL(`../../tests/files/${name}`, import.meta.url));

/** Clicks `button` in Settings and returns the downloaded file's name and text. */
export async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** Picks a file in Settings' import and waits for the preview or the refusal. */
export async function chooseImport(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Choose a file to import").setInputFiles(file);
  const section = page.getByRole("region", { name: "Import a file" });
  await expect(section.getByRole("button", { name: "Import", exact: true }).or(section.getByRole("alert"))).toBeVisible();
}

/** The file's data without the moment it was written, for comparing two exports. */
export function dataOf(text: string): unknown {
  const parsed = JSON.parse(text);
  return parsed.data;
}
