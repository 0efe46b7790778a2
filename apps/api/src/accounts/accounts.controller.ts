import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../sessions/auth.decorators';
import { UserResponse } from '../users/dto/user.response';
import { AccountsService } from './accounts.service';
import { CreateAccountRequest } from './dto/create-account.request';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post()
  @ApiOperation({ operationId: 'createAccount', summary: 'Register as a job seeker or as an employer (employers start unverified)' })
  @ApiCreatedResponse({ type: UserResponse })
  async create(@Body() request: CreateAccountRequest): Promise<UserResponse> {
    return UserResponse.of(await this.accounts.register(request));
  }
}
