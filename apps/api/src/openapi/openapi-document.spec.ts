import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../../test/test-app';

const repoRoot = join(__dirname, '../../../..');
/** Logius' official ruleset (CC BY 4.0), copied from shared/standards so the repo runs on its own. */
const RULESET = join(repoRoot, 'docs/standards/nlgov-adr-ruleset.yaml');
/** The portals' API types, generated from the served document (regenerate: UPDATE_API_TYPES=true npx jest openapi). */
const PORTAL_API_TYPES = join(repoRoot, 'libs/web/src/api/openapi.gen.ts');

describe('the served OpenAPI document', () => {
  let api: TestApp;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    api = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify((await api.http().get('/api/v1/openapi.json')).body));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.app.close();
  });

  it('passes the NL API Design Rules linter (Spectral) with no errors', async () => {
    let output: string;
    try {
      output = execFileSync(
        join(repoRoot, 'node_modules/.bin/spectral'),
        ['lint', '--ruleset', RULESET, '--format', 'json', '--quiet', file],
        { encoding: 'utf8' },
      );
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const results: { severity: number; code: string; message: string; path: string[] }[] = JSON.parse(output || '[]');
    const errors = results.filter((result) => result.severity === 0);
    const warnings = results.filter((result) => result.severity === 1);
    console.log(`Spectral (NL API Design Rules): ${errors.length} errors, ${warnings.length} warnings`);
    expect(errors.map((error) => `${error.code} at ${error.path.join('.')}: ${error.message}`)).toEqual([]);
  }, 60_000);

  it('is what the portals are typed against', () => {
    const generated = join(dir, 'openapi.gen.ts');
    execFileSync(join(repoRoot, 'node_modules/.bin/openapi-typescript'), [file, '--output', generated, '--root-types', '--root-types-no-schema-prefix'], { stdio: 'pipe' });
    const banner = '// Generated from the served OpenAPI document by openapi-typescript; do not edit. See openapi-document.spec.ts.\n';
    const expected = banner + readFileSync(generated, 'utf8');
    if (process.env.UPDATE_API_TYPES === 'true') writeFileSync(PORTAL_API_TYPES, expected);
    expect(readFileSync(PORTAL_API_TYPES, 'utf8')).toBe(expected);
  }, 60_000);
});
