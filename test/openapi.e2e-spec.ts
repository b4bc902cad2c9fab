import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from '@app/testing';

const COMMITTED = path.join(__dirname, '..', 'openapi.json');

describe('OpenAPI document of the admin API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('the committed openapi.json matches the one generated from the code (npm run openapi:generate rewrites it)', async () => {
    const response = await t.http().get('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    const generated = `${JSON.stringify(response.body, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, generated);
    expect(existsSync(COMMITTED)).toBe(true);
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(response.body);
  });

  it('serves a browsable UI at /api/docs', async () => {
    const page = await t.http().get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/api/docs/openapi.json');
    const bundle = await t.http().get('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
  });
});
