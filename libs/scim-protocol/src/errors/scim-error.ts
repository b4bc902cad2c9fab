import { SCIM_ERROR_SCHEMA } from '../constants';

/** RFC 7644 §3.12 scimType values. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  /** RFC 7644 §3.12 serialises the HTTP status as a string. */
  status: string;
  scimType?: ScimType;
  detail: string;
}

export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }

  toJSON(): ScimErrorBody {
    const body: ScimErrorBody = { schemas: [SCIM_ERROR_SCHEMA], status: String(this.status), detail: this.detail };
    if (this.scimType) body.scimType = this.scimType;
    return body;
  }

  static invalidFilter(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidFilter');
  }
  static tooMany(detail: string): ScimError {
    return new ScimError(400, detail, 'tooMany');
  }
  static uniqueness(detail: string): ScimError {
    return new ScimError(409, detail, 'uniqueness');
  }
  static mutability(detail: string): ScimError {
    return new ScimError(400, detail, 'mutability');
  }
  static invalidSyntax(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidSyntax');
  }
  static invalidPath(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidPath');
  }
  static noTarget(detail: string): ScimError {
    return new ScimError(400, detail, 'noTarget');
  }
  static invalidValue(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidValue');
  }
  static invalidVersion(detail: string): ScimError {
    return new ScimError(412, detail, 'invalidVers');
  }
  static sensitive(detail: string): ScimError {
    return new ScimError(403, detail, 'sensitive');
  }
  static badRequest(detail: string): ScimError {
    return new ScimError(400, detail);
  }
  static unauthorized(detail: string): ScimError {
    return new ScimError(401, detail);
  }
  static forbidden(detail: string): ScimError {
    return new ScimError(403, detail);
  }
  static notFound(detail: string): ScimError {
    return new ScimError(404, detail);
  }
  static methodNotAllowed(detail: string): ScimError {
    return new ScimError(405, detail);
  }
  static conflict(detail: string): ScimError {
    return new ScimError(409, detail);
  }
  static preconditionFailed(detail: string): ScimError {
    return new ScimError(412, detail);
  }
  static payloadTooLarge(detail: string): ScimError {
    return new ScimError(413, detail);
  }
  static internal(detail: string): ScimError {
    return new ScimError(500, detail);
  }
  static notImplemented(detail: string): ScimError {
    return new ScimError(501, detail);
  }
}
