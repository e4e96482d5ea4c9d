import type { FullConfig, FullResult, Reporter, Suite } from "@playwright/test/reporter";

// Prints one closing line, "e2e: N passed, N failed, N skipped", and fails the run when no
// test ran at all (say, every spec filtered out), so a green run always means tests passed.
export default class SummaryReporter implements Reporter {
  private suite?: Suite;

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(result: FullResult): { status: FullResult["status"] } | void {
    if (process.argv.includes("--list")) return; // `playwright test --list` runs nothing.
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === "expected" || outcome === "flaky") passed += 1;
      else if (outcome === "skipped") skipped += 1;
      else failed += 1;
    }
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (passed + failed === 0) {
      console.error("e2e: no test ran");
      return { status: "failed" };
    }
    if (result.status === "passed" && failed > 0) return { status: "failed" };
  }
}
