import { Body, Controller, Get, HttpCode, Patch, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser } from '../sessions/auth.decorators';
import { ChangePasswordRequest } from './dto/change-password.request';
import { UpdateMeRequest } from './dto/update-me.request';
import { UserResponse } from './dto/user.response';
import { UsersService } from './users.service';

@ApiTags('sessions')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @ApiOperation({ operationId: 'getCurrentUser', summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponse> {
    return UserResponse.of(await this.users.get(user.id));
  }

  @Patch('me')
  @ApiOperation({ operationId: 'updateCurrentUser', summary: 'Change your own language or display name' })
  @ApiOkResponse({ type: UserResponse })
  async updateMe(@CurrentUser() user: AuthenticatedUser, @Body() changes: UpdateMeRequest): Promise<UserResponse> {
    return UserResponse.of(await this.users.update(user.id, changes));
  }

  @Put('me/password')
  @HttpCode(204)
  @ApiOperation({ operationId: 'changePassword', summary: 'Change your password; your other sessions end' })
  @ApiNoContentResponse({ description: 'Password changed' })
  async changePassword(@CurrentUser() user: AuthenticatedUser, @Body() request: ChangePasswordRequest): Promise<void> {
    await this.users.changePassword(user, request);
  }
}
