import { ApiProperty } from '@nestjs/swagger';

class UsersChangedResponse {
  @ApiProperty({ example: 3 }) usersChanged!: number;
}

class RolesChangedResponse {
  @ApiProperty({ example: 1 }) changed!: number;
}

export class ReconcileReportResponse {
  @ApiProperty({ type: UsersChangedResponse, description: 'Users whose SCIM-derived assignments had to be corrected' }) assignments!: UsersChangedResponse;
  @ApiProperty({ type: RolesChangedResponse, description: 'Users whose effective role had to be corrected' }) roles!: RolesChangedResponse;
}
