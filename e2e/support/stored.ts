// Direct access to the app's stored records: for scale tests that need more data than a
// person would type, and for tests that must know a change is stored before they reload
// (a page that saves as you tap shows the change before the write lands).
import type { Page } from "@playwright/test";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoredScript = Record<string, any>;

export async function storedRecords(page: Page, store: string): Promise<StoredScript[]> {
  return page.evaluate(async (store) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const req = indexedDB.open("vertskap");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all: IDBRequest = db.transaction(store).objectStore(store).getAll();
    const result = await new Promise((ok, fail) => ((all.onsuccess = () => ok(all.result)), (all.onerror = () => fail(all.error))));
    db.close();
    return result as StoredScript[];
  }, store);
}

export async function storedScripts(page: Page): Promise<StoredScript[]> {
  return storedRecords(page, "scripts");
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
