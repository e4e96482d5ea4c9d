// Direct access to the app's stored scripts, for scale tests that need more data than a
// person would type (until the import issue gives a file-based way in).
import type { Page } from "@playwright/test";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoredScript = Record<string, any>;

export async function storedScripts(page: Page): Promise<StoredScript[]> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const req = indexedDB.open("vertskap");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all: IDBRequest = db.transaction("scripts").objectStore("scripts").getAll();
    const result = await new Promise((ok, fail) => ((all.onsuccess = () => ok(all.result)), (all.onerror = () => fail(all.error))));
    db.close();
    return result as StoredScript[];
  });
}

export async function putStoredScripts(page: Page, scripts: StoredScript[]) {
  await page.evaluate(async (scripts) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const req = indexedDB.open("vertskap");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction("scripts", "readwrite");
    for (const script of scripts) tx.objectStore("scripts").put(script);
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
    db.close();
  }, scripts);
}
