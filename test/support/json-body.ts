import type { Response } from 'supertest';

/**
 * A JSON document a spec reads (an HTTP body, an outbox payload), typed as loosely as supertest
 * types response bodies: the spec's assertions are its type check.
 */
export type JsonBody = Response['body'];
