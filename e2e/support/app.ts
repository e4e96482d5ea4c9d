// The app as a person sees it: every element found by its role and accessible name.
import { expect, type Locator, type Page } from "@playwright/test";

export type StandardInput = {
  area?: string;
  title: string;
  why?: string;
  dos?: string[];
  donts?: string[];
  measuredBy?: string;
  tags?: string;
};

export class VertskapApp {
  constructor(readonly page: Page) {}

  /** Opens the app (fresh context: an empty database) and waits until it is ready. */
  async open(hash = "#/standards") {
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  }

  /** A fresh page load at `hash`: only what was stored comes back. (A `goto` that changes
   *  only the hash would stay in the same document.) */
  async restartAt(hash: string) {
    await this.page.evaluate((h) => (location.hash = h), hash);
    await this.reload();
  }

  async reload() {
    await this.page.reload();
    await expect(this.page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  }

  nav(): Locator {
    return this.page.getByRole("navigation", { name: "Sections" });
  }

  async goToSection(name: string) {
    await this.nav().getByRole("link", { name, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The list section of one area, found by its heading. */
  area(name: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${escape(name)}`) });
  }

  standardLink(title: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name: title, exact: true });
  }

  /** Titles in one area, top to bottom. */
  async titlesIn(areaName: string): Promise<string[]> {
    return this.area(areaName).getByRole("listitem").getByRole("link").allInnerTexts();
  }

  async fillStandard(input: StandardInput) {
    const page = this.page;
    if (input.area) await page.getByLabel("Area").selectOption({ label: input.area });
    await page.getByRole("textbox", { name: "Title" }).fill(input.title);
    if (input.why !== undefined) await page.getByRole("textbox", { name: "Why it matters" }).fill(input.why);
    if (input.dos) await page.getByRole("textbox", { name: "Do", exact: true }).fill(input.dos.join("\n"));
    if (input.donts) await page.getByRole("textbox", { name: "Don't" }).fill(input.donts.join("\n"));
    if (input.measuredBy !== undefined)
      await page.getByRole("textbox", { name: "How it is measured" }).fill(input.measuredBy);
    if (input.tags !== undefined) await page.getByRole("textbox", { name: "Tags" }).fill(input.tags);
  }

  /** Writes a new standard and waits for its page to show. */
  async createStandard(input: StandardInput) {
    await this.page.getByRole("link", { name: "New standard" }).click();
    await expect(this.heading()).toHaveText("New standard");
    await this.fillStandard(input);
    await this.page.getByRole("button", { name: "Save" }).click();
    await expect(this.heading()).toHaveText(input.title);
    await this.page.getByRole("link", { name: "Back to standards" }).click();
    await expect(this.heading()).toHaveText("Host standards");
  }

  async search(text: string) {
    await this.page.getByRole("searchbox", { name: "Search" }).fill(text);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const AREAS = {
  expectations: "Know the customer's expectations",
  more: "Give a little more than expected",
  reach: "Easy to reach, quick to respond",
  careSelling: "Care-selling",
  clean: "Clean and tidy surroundings",
  lastImpression: "Last impression and return visits",
  wow: "The wow effect",
};
