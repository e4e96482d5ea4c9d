import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

function mediaBox(pdf: Buffer): [number, number] {
  const match = pdf.toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  if (!match) throw new Error("no MediaBox in the PDF");
  return [Math.round(Number(match[1])), Math.round(Number(match[2]))];
}

test("a manager writes the vision, values and promises, and the poster prints on A4 and A3", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/values");
  await page.getByRole("link", { name: "Edit vision and promises" }).click();
  await page.getByRole("textbox", { name: "Business name" }).fill("Café Lia");
  const vision = page.getByRole("textbox", { name: "Vision" });
  await vision.fill("Be the best café in town by 2030");
  await expect(vision).toHaveAccessibleDescription(/holds no numbers/);
  await vision.fill("Every guest leaves a little happier than they came");
  await expect(vision).toHaveAccessibleDescription("One or two sentences that give direction.");
  await page.getByRole("textbox", { name: "Slogan" }).fill("Coffee with a smile");
  await page.getByRole("textbox", { name: "Service promises" }).fill("We greet you within ten seconds\nFresh coffee, or it is on us");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Values");

  for (const [name, meaning] of [["Warmth", "Guests feel welcome"], ["Care", "We notice what a guest needs"]]) {
    await page.getByRole("link", { name: "New value" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill(name);
    await page.getByRole("textbox", { name: "What it means here" }).fill(meaning);
    await page.getByRole("textbox", { name: "Looks like" }).fill("Use the guest's name");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(app.heading()).toHaveText(name);
    await page.getByRole("link", { name: "Back to values" }).click();
  }
  await page.getByRole("button", { name: "Move “Care” up" }).click();
  await expect(page.getByRole("region", { name: "Our values" }).getByRole("listitem").getByRole("link")).toHaveText(["Care", "Warmth"]);

  await app.open("#/values/poster");
  const poster = page.getByRole("article");
  await expect(poster).toContainText("Coffee with a smile");
  await expect(poster).toContainText("Every guest leaves a little happier than they came");
  await expect(poster.getByRole("term")).toHaveText(["Care", "Warmth"]);
  await expect(poster).toContainText("Fresh coffee, or it is on us");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(poster).toBeVisible();
  await page.emulateMedia({ media: null });
  expect(mediaBox(await page.pdf({ preferCSSPageSize: true }))).toEqual([595, 842]);
  await page.getByLabel("Paper size").selectOption("A3");
  expect(mediaBox(await page.pdf({ preferCSSPageSize: true }))).toEqual([842, 1191]);
});

test("a value shows the standards that serve it, and the poster is at the counter", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/values/new");
  await page.getByRole("textbox", { name: "Name" }).fill("Warmth");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Warmth");

  await app.open("#/standards/new");
  await page.getByRole("textbox", { name: "Title" }).fill("Greet every guest");
  await page.getByRole("group", { name: "Values it serves" }).getByRole("checkbox", { name: "Warmth" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Greet every guest");
  await page.getByRole("link", { name: "Warmth" }).click();
  await expect(app.heading()).toHaveText("Warmth");
  await expect(page.getByRole("link", { name: "Greet every guest" })).toBeVisible();

  await app.enterCounterMode();
  await page.getByRole("link", { name: "Our values" }).click();
  await expect(app.heading()).toHaveText("Our values");
  await expect(page.getByRole("main").getByRole("term")).toHaveText(["Warmth"]);
});
