// The app as a person sees it: every element found by its role and accessible name.
import { expect, type Locator, type Page } from "@playwright/test";

export type StepInput = { say?: string; do?: string; note?: string };

export type ScriptInput = {
  title: string;
  situation?: string;
  channel?: string;
  steps?: StepInput[];
  practice?: boolean;
  pinned?: boolean;
  standards?: string[];
};

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

  /** Opens the app at `hash` with a fresh page load (a `goto` that changes only the hash
   *  would stay in the same document, racing the router) and waits for its screen. */
  async open(hash = "#/standards") {
    await this.page.goto("about:blank");
    await this.page.goto(`./${hash}`);
    await expect(this.heading()).toBeVisible();
  }

  /** Reloads and waits for a screen (manager or counter mode) to show. */
  async reload() {
    await this.page.reload();
    await expect(this.heading()).toBeVisible();
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

  /** Fills the script form; steps beyond the first are added with "Add a step". */
  async fillScript(input: ScriptInput) {
    const page = this.page;
    await page.getByRole("textbox", { name: "Title" }).fill(input.title);
    if (input.situation !== undefined) await page.getByRole("textbox", { name: "Situation" }).fill(input.situation);
    if (input.channel) await page.getByLabel("Channel").selectOption({ label: input.channel });
    for (const [i, step] of (input.steps ?? []).entries()) {
      const group = page.getByRole("group", { name: new RegExp(`^Step ${i + 1}\\b`) });
      if ((await group.count()) === 0) await page.getByRole("button", { name: "Add a step", exact: true }).click();
      if (step.say !== undefined) await group.getByRole("textbox", { name: "Say" }).fill(step.say);
      if (step.do !== undefined) await group.getByRole("textbox", { name: "Do" }).fill(step.do);
      if (step.note !== undefined) await group.getByRole("textbox", { name: "Note" }).fill(step.note);
    }
    if (input.practice) await page.getByRole("checkbox", { name: "Practice case" }).check();
    if (input.pinned) await page.getByRole("checkbox", { name: "Pin in counter mode" }).check();
    for (const title of input.standards ?? []) {
      await page.getByRole("checkbox", { name: new RegExp(`^${escape(title)}`) }).check();
    }
  }

  /** Writes a new script from the Scripts section and waits for its page. */
  async createScript(input: ScriptInput) {
    await this.open("#/scripts");
    await this.page.getByRole("link", { name: "New script", exact: true }).click();
    await expect(this.heading()).toHaveText("New script");
    await this.fillScript(input);
    await this.page.getByRole("button", { name: "Save" }).click();
    await expect(this.heading()).toHaveText(input.title);
  }

  /** Takes the starter kit from the offer a new device sees. */
  async startFromKit() {
    await this.open("#/standards");
    const offer = this.page.getByRole("complementary", { name: "Starter kit" });
    await offer.getByRole("button", { name: "Start from the starter kit" }).click();
    await expect(offer).toBeHidden();
  }

  /** Enters counter mode with one tap from any manager screen. */
  async enterCounterMode() {
    await this.page.getByRole("link", { name: "Counter mode" }).click();
    await expect(this.heading()).toHaveText("What do we say when…");
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
