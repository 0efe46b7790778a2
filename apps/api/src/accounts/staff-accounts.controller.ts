import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { UserResponse } from '../users/dto/user.response';
import { AccountsService } from './accounts.service';
import { CreateStaffAccountRequest } from './dto/create-staff-account.request';

@ApiTags('accounts')
@Controller('staff-accounts')
export class StaffAccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Roles('administrator')
  @Post()
  @ApiOperation({ operationId: 'createStaffAccount', summary: 'Create a caseworker or administrator account (administrators only)' })
  @ApiCreatedResponse({ type: UserResponse })
  async create(@CurrentUser() administrator: AuthenticatedUser, @Body() request: CreateStaffAccountRequest): Promise<UserResponse> {
    return UserResponse.of(await this.accounts.createStaff(administrator, request));
  }
}
