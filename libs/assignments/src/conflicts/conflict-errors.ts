import { ConflictError, NotFoundError } from '@app/platform';

export class ConflictNotFoundError extends NotFoundError {}
export class ConflictAlreadyResolvedError extends ConflictError {}
