import { CORE_GROUP_SCHEMA } from '../constants';
import { ResourceSchema } from './attribute-definition';
import { attribute, commonAttributes, complexAttribute, NAME_MAX_LENGTH, stringAttribute } from './attribute-builders';

export const GROUP_SCHEMA: ResourceSchema = {
  id: CORE_GROUP_SCHEMA,
  name: 'Group',
  description: 'Group',
  attributes: [
    ...commonAttributes(),
    stringAttribute('displayName', {
      description: 'A human-readable name for the Group, unique within the organization.',
      required: true,
      uniqueness: 'server',
      maxLength: NAME_MAX_LENGTH,
    }),
    complexAttribute(
      'members',
      [
        stringAttribute('value', { description: 'Identifier of the member.', caseExact: true, mutability: 'immutable' }),
        attribute('$ref', 'reference', { mutability: 'immutable', referenceTypes: ['User', 'Group'] }),
        stringAttribute('display', { description: 'The member\'s userName.', mutability: 'readOnly' }),
        stringAttribute('type', { mutability: 'immutable', canonicalValues: ['User', 'Group'] }),
      ],
      // Bounded per request by the configurable members limit (ScimRequestLimits.maxMembers), not here.
      { multiValued: true, description: 'A list of members of the Group.', maxValues: Number.MAX_SAFE_INTEGER },
    ),
  ],
};
