import { createRemoteJWKSet, errors, JWTVerifyGetKey } from 'jose';

/** The key set could not be fetched (identity provider down, timeout, not a JWKS): our problem, not the caller's token. */
export class SigningKeysUnavailableError extends Error {}

/** Key look-up failures that say something about the token rather than about the key set. */
const TOKEN_KEY_MISMATCH = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported];

/** jose's remote key set (cached, fetched again for an unknown `kid`), telling an unreachable key set apart from a token no key matches. */
export function platformKeySet(url: string, cooldownSeconds: number): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url), { cooldownDuration: cooldownSeconds * 1000 });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (TOKEN_KEY_MISMATCH.some((type) => error instanceof type)) throw error;
      throw new SigningKeysUnavailableError((error as Error).message);
    }
  };
}
