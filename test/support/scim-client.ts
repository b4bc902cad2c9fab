import type { JsonBody } from './json-body';
import type { Response } from 'supertest';
import type { TestApp, TestOrg } from './test-app';

export const SCIM = '/scim/v2';
export const SCIM_JSON = 'application/scim+json';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LT_USER = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';
export const LT_GROUP = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** A SCIM client holding one organization's token, as an IdP would. */
export class ScimClient {
  constructor(
    private readonly testApp: TestApp,
    readonly token: string,
  ) {}

  static of(testApp: TestApp, org: TestOrg): ScimClient {
    return new ScimClient(testApp, org.scimToken);
  }

  get(path: string) {
    return this.testApp.http().get(SCIM + path).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string, body: unknown) {
    return this.testApp.http().post(SCIM + path).set('Authorization', `Bearer ${this.token}`).set('Content-Type', SCIM_JSON).send(JSON.stringify(body));
  }

  put(path: string, body: unknown) {
    return this.testApp.http().put(SCIM + path).set('Authorization', `Bearer ${this.token}`).set('Content-Type', SCIM_JSON).send(JSON.stringify(body));
  }

  patch(path: string, operations: unknown[]) {
    return this.testApp
      .http()
      .patch(SCIM + path)
      .set('Authorization', `Bearer ${this.token}`)
      .set('Content-Type', SCIM_JSON)
      .send(JSON.stringify({ schemas: [PATCH_OP], Operations: operations }));
  }

  delete(path: string) {
    return this.testApp.http().delete(SCIM + path).set('Authorization', `Bearer ${this.token}`);
  }

  async createUser(userName: string, extra: Record<string, unknown> = {}): Promise<JsonBody> {
    const response = await this.post('/Users', { schemas: [USER_SCHEMA], userName, active: true, ...extra });
    if (response.status !== 201) throw new Error(`createUser ${userName}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }
}

export function expectScimError(response: Response, status: number, scimType?: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}) },
  });
  expect(response.headers['content-type']).toMatch(/application\/scim\+json/);
}

let emailCounter = 0;
/** userName is unique across the whole platform: every spec gets fresh addresses. */
export function uniqueEmail(local = 'user', domain = 'acme.test'): string {
  return `${local}.${Date.now().toString(36)}${(++emailCounter).toString(36)}@${domain}`;
}
