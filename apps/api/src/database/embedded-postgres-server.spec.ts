import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The fallback for machines without PostgreSQL, including the as-root path (the server then runs as user postgres). */
describe('embedded PostgreSQL', () => {
  const repoRoot = join(__dirname, '../../../..');
  const dir = mkdtempSync(join(repoRoot, '.data-embedded-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('initialises a data directory, starts, offers the search extensions and stops', () => {
    const port = String(55_000 + (process.pid % 1000));
    const output = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'apps/api/test/embedded-postgres-check.ts', join(dir, 'postgres'), port], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(JSON.parse(output.trim().split('\n').pop()!)).toEqual({ plain: 'Zoe', fuzzy: true, distance: true });
  }, 120_000);
});
