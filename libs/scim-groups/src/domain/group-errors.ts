import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/platform';

export class GroupNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`Group ${id} not found`);
  }
}

export class DisplayNameTakenError extends ConflictError {
  constructor(displayName: string) {
    super(`A group named "${displayName}" already exists in this organization`);
  }
}

export class GroupProvisioningDisabledError extends ForbiddenError {
  constructor() {
    super('Group provisioning is disabled for this organization. An admin can turn it on in the SCIM settings.');
  }
}

export class UnknownMembersError extends InvalidInputError {
  constructor(ids: string[]) {
    const shown = ids.slice(0, 20).join(', ');
    super(`members must be users of this organization; unknown: ${shown}${ids.length > 20 ? ` and ${ids.length - 20} more` : ''}`);
  }
}

export class InvalidGroupAttributeError extends InvalidInputError {}
