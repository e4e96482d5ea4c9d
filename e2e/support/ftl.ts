// The app's own words, read from i18n/<language>.ftl, so a test can look for a control by
// its name in any language without a second copy of the translations.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export type Language = "en" | "nb" | "sv";

const ftlFile = (language: Language) => fileURLToPath(new URL(`../../i18n/${language}.ftl`, import.meta.url));

const cache = new Map<Language, Map<string, string>>();

/** The single-line messages of one language (`id = text`), by id. */
function messages(language: Language): Map<string, string> {
  let found = cache.get(language);
  if (!found) {
    const source = fs.readFileSync(ftlFile(language), "utf8");
    found = new Map();
    for (const line of source.split("\n")) {
      const match = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (match) found.set(match[1], match[2].trim());
    }
    cache.set(language, found);
  }
  return found;
}

/** The text of message `id` in `language`; fails loudly if it has variables or is missing. */
export function words(language: Language, id: string): string {
  const text = messages(language).get(id);
  if (text === undefined) throw new Error(`${language}.ftl has no single-line message ${id}`);
  if (text.includes("{")) throw new Error(`${language}.ftl ${id} has variables`);
  return text;
}

/** The text of one variant (`[key] text`) of a message with a selector, e.g. `[0]`. */
export function variant(language: Language, id: string, key: string): string {
  const source = fs.readFileSync(ftlFile(language), "utf8");
  const start = source.indexOf(`\n${id} =`);
  if (start < 0) throw new Error(`${language}.ftl has no message ${id}`);
  const body = source.slice(start + 1).split("\n").slice(1);
  for (const line of body) {
    if (/^\S/.test(line)) break;
    const match = line.match(/^\s*\*?\[([^\]]+)\]\s*(.+)$/);
    if (match && match[1] === key) return match[2].trim();
  }
  throw new Error(`${language}.ftl ${id} has no variant [${key}]`);
}

/** The text of single-line message `id` with its variables (`{ $name }`) filled in. */
export function wordsWith(language: Language, id: string, values: Record<string, string>): string {
  const text = messages(language).get(id);
  if (text === undefined) throw new Error(`${language}.ftl has no single-line message ${id}`);
  return text.replace(/\{ *\$([a-z_]+) *\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${language}.ftl ${id} needs $${name}`);
    return values[name];
  });
}
