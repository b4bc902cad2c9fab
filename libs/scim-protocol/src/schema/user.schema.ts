import { CORE_USER_SCHEMA } from '../constants';
import { ResourceSchema } from './attribute-definition';
import {
  attribute,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  commonAttributes,
  complexAttribute,
  multiValuedStringAttribute,
  stringAttribute,
} from './attribute-builders';

export const USER_SCHEMA: ResourceSchema = {
  id: CORE_USER_SCHEMA,
  name: 'User',
  description: 'User Account',
  attributes: [
    ...commonAttributes(),
    stringAttribute('userName', {
      description: 'Unique identifier for the User, used to sign in. Must be an email address.',
      required: true,
      uniqueness: 'server',
      maxLength: EMAIL_MAX_LENGTH,
    }),
    complexAttribute(
      'name',
      [
        stringAttribute('formatted', { description: 'The full name, formatted for display.', maxLength: NAME_MAX_LENGTH }),
        stringAttribute('familyName', { description: 'The family name of the User.', maxLength: NAME_MAX_LENGTH }),
        stringAttribute('givenName', { description: 'The given name of the User.', maxLength: NAME_MAX_LENGTH }),
        stringAttribute('middleName', { description: 'The middle name(s) of the User.', maxLength: NAME_MAX_LENGTH }),
        stringAttribute('honorificPrefix', { description: 'The honorific prefix(es) of the User.', maxLength: NAME_MAX_LENGTH }),
        stringAttribute('honorificSuffix', { description: 'The honorific suffix(es) of the User.', maxLength: NAME_MAX_LENGTH }),
      ],
      { description: 'The components of the user\'s real name.' },
    ),
    stringAttribute('displayName', { description: 'The name of the User, suitable for display.', maxLength: NAME_MAX_LENGTH }),
    stringAttribute('nickName', { description: 'The casual way to address the user.', maxLength: NAME_MAX_LENGTH }),
    attribute('profileUrl', 'reference', { description: 'A URI of the User\'s online profile.', referenceTypes: ['external'] }),
    stringAttribute('title', { description: 'The user\'s title, such as "Vice President".' }),
    stringAttribute('userType', { description: 'The relationship between the organization and the user.' }),
    stringAttribute('preferredLanguage', { description: 'The User\'s preferred written or spoken language.' }),
    stringAttribute('locale', { description: 'The User\'s default location for localization.' }),
    stringAttribute('timezone', { description: 'The User\'s time zone in IANA format.' }),
    attribute('active', 'boolean', { description: 'The User\'s administrative status.' }),
    stringAttribute('password', {
      description: 'The User\'s cleartext password; never returned.',
      mutability: 'writeOnly',
      returned: 'never',
    }),
    multiValuedStringAttribute('emails', 'Email addresses for the user.', ['work', 'home', 'other'], EMAIL_MAX_LENGTH),
    multiValuedStringAttribute('phoneNumbers', 'Phone numbers for the User.', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
    complexAttribute(
      'addresses',
      [
        stringAttribute('formatted'),
        stringAttribute('streetAddress'),
        stringAttribute('locality'),
        stringAttribute('region'),
        stringAttribute('postalCode'),
        stringAttribute('country'),
        stringAttribute('type', { canonicalValues: ['work', 'home', 'other'] }),
        attribute('primary', 'boolean'),
      ],
      { multiValued: true, description: 'A physical mailing address for this User.' },
    ),
    complexAttribute(
      'groups',
      [
        stringAttribute('value', { description: 'The identifier of the User\'s group.', mutability: 'readOnly' }),
        attribute('$ref', 'reference', { mutability: 'readOnly', referenceTypes: ['Group'] }),
        stringAttribute('display', { mutability: 'readOnly' }),
        stringAttribute('type', { mutability: 'readOnly', canonicalValues: ['direct', 'indirect'] }),
      ],
      { multiValued: true, mutability: 'readOnly', description: 'A list of groups to which the user belongs.' },
    ),
    multiValuedStringAttribute('roles', 'A list of roles for the User.', []),
  ],
};
