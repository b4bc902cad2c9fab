import { ApiProperty } from '@nestjs/swagger';

class UsersChangedResponse {
  @ApiProperty({ example: 3 }) usersChanged!: number;
}

class RolesChangedResponse {
  @ApiProperty({ example: 1 }) changed!: number;
}

/** By kind of derived state; all zero on a settled organization. Admins' manual decisions are kept, not counted. */
export class ReconcileReportResponse {
  @ApiProperty({ type: UsersChangedResponse, description: 'Users whose SCIM-derived assignments (mappings of their groups) had to be corrected' })
  assignments!: UsersChangedResponse;

  @ApiProperty({ type: UsersChangedResponse, description: 'Users whose LambdatestGroup concurrency group assignment had to be corrected' })
  lambdatestGroup!: UsersChangedResponse;

  @ApiProperty({ type: UsersChangedResponse, description: "Users whose membership of the organization's Default concurrency group had to be corrected" })
  defaultConcurrencyGroup!: UsersChangedResponse;

  @ApiProperty({ type: RolesChangedResponse, description: 'Users whose effective role or IdP role input had to be corrected' })
  roles!: RolesChangedResponse;

  @ApiProperty({ example: 4, description: 'Sum of the above' })
  totalChanges!: number;
}
