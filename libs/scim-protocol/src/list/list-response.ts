import { SCIM_LIST_RESPONSE_SCHEMA } from '../constants';

export interface ListResponse<T> {
  schemas: [typeof SCIM_LIST_RESPONSE_SCHEMA];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

export interface ListPage {
  totalResults: number;
  startIndex: number;
  /** Defaults to the number of resources on this page. */
  itemsPerPage?: number;
}

/** Zero matches is still a full ListResponse (Entra and Okta treat a 404 here as a failure). */
export function listResponse<T>(resources: T[], page: ListPage): ListResponse<T> {
  return {
    schemas: [SCIM_LIST_RESPONSE_SCHEMA],
    totalResults: page.totalResults,
    startIndex: page.startIndex,
    itemsPerPage: page.itemsPerPage ?? resources.length,
    Resources: resources,
  };
}
