// A real full disk, as a tablet meets it: the browser profile lives on a 48 MB tmpfs
// that a file fills to 2 MB short, the app saves standards until the disk refuses one,
// then the browser restarts with the space freed. (CDP's quota override is not enforced
// on IndexedDB writes in this Chromium, so only a small filesystem tests this. Tests run
// as root, which may mount one.)
import { expect, test, chromium, type BrowserContext } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VertskapApp } from "../support/app";
import { chooseImport, downloadFrom } from "../support/files";

const MB = 1024 * 1024;

function freeBytes(dir: string): number {
  return Number(execFileSync("df", ["--output=avail", "-B1", dir]).toString().split("\n")[1]);
}

test("when the disk is full, saving says so and offers a backup; after a restart, nothing saved is lost without the app saying so", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const disk = mkdtempSync(join(tmpdir(), "vertskap-full-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=48m", "tmpfs", disk]);
  const profile = join(disk, "profile");
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
      baseURL,
      viewport: { width: 1024, height: 768 },
      locale: "en-US",
      acceptDownloads: true,
    });
  let context: BrowserContext | undefined;
  try {
    context = await launch();
    let app = new VertskapApp(context.pages()[0] ?? (await context.newPage()));
    await app.page.goto("./#/standards");
    await app.page.getByRole("complementary", { name: "Starter kit" }).getByRole("button", { name: "Start blank" }).click();
    await app.createStandard({ title: "Before the disk filled up" });
    await app.open("#/settings");
    const backup = await downloadFrom(app.page, "Download a full backup");

    execFileSync("fallocate", ["-l", String(freeBytes(disk) - 2 * MB), join(disk, "filler")]);
    const long = "A long standard. ".repeat(3_600); // about 60 KB
    let saved = 1;
    // One page for the whole shift, as at a counter: no reloads between saves.
    await app.open("#/standards");
    for (;;) {
      await app.goToSection("Standards");
      await app.page.getByRole("link", { name: "New standard" }).click();
      await app.fillStandard({ title: `Standard ${saved}`, why: long });
      await app.page.getByRole("button", { name: "Save" }).click();
      const outcome = await Promise.race([
        app.heading().filter({ hasText: `Standard ${saved}` }).waitFor().then(() => "saved"),
        app.page.getByRole("alert").filter({ hasText: "out of storage space" }).waitFor().then(() => "refused"),
      ]);
      if (outcome === "refused") break;
      saved += 1;
      expect(saved, "the disk fills up within 48 MB").toBeLessThan(60);
    }
    // Refused: said plainly, with the warning that the browser may delete the data, and a
    // backup one tap away; the form keeps what was typed.
    const alert = app.page.getByRole("alert").filter({ hasText: "out of storage space" });
    await expect(alert).toContainText("the browser may delete Vertskap's data");
    await expect(alert.getByRole("button", { name: "Back up now" })).toBeVisible();
    await expect(app.page.getByRole("textbox", { name: "Title" })).toHaveValue(`Standard ${saved}`);
    await context.close();

    rmSync(join(disk, "filler"));
    context = await launch();
    app = new VertskapApp(context.pages()[0] ?? (await context.newPage()));
    await app.page.goto("./#/standards");
    await expect(app.heading()).toBeVisible();
    const lost = app.page.getByRole("alert").filter({ hasText: "Vertskap's data is gone from this browser" });
    const kept = app.standardLink("Before the disk filled up");
    await expect(lost.or(kept)).toBeVisible();
    if (await lost.isVisible()) {
      // What the browser dropped is named, with when, and the way back is the backup.
      await expect(lost).toContainText(`this device held ${saved} records`);
      await expect(lost).toContainText("The last backup saved from this device is from");
      await expect(app.page.getByRole("complementary", { name: "Starter kit" })).toHaveCount(0);
      await lost.getByRole("link", { name: "Restore from a backup" }).click();
      await chooseImport(app.page, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
      await app.page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(app.page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
      await app.open("#/standards");
      await expect(kept).toBeVisible();
      await expect(lost).toHaveCount(0);
    } else {
      await expect(app.page.getByRole("main").getByRole("listitem").getByRole("link")).toHaveCount(Math.min(saved, 20));
    }
  } finally {
    await context?.close();
    execFileSync("umount", ["-l", disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});
