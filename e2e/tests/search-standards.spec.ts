import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("search updates as you type and ignores case and diacritics", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ area: AREAS.expectations, title: "Hilse på alle", tags: "velkomst" });
  await app.createStandard({ area: AREAS.clean, title: "Rydd disken før åpning", why: "Första intrycket räknas" });
  await app.createStandard({ area: AREAS.wow, title: "Tell a story about the town", tags: "tourists" });

  const status = page.getByRole("status").filter({ hasText: /match/ });
  await app.search("hilse");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["Hilse på alle"]);
  await expect(status).toHaveText("1 standard matches.");

  await app.search("for");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["Rydd disken før åpning"]);

  await app.search("forsta intrycket");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["Rydd disken før åpning"]);

  await app.search("TOURISTS");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["Tell a story about the town"]);

  await app.search("a");
  await expect(status).toHaveText("3 standards match.");

  await app.search("zzz");
  await expect(status).toHaveText("No standard matches “zzz”.");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);

  await app.search("");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(3);
});
