import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser } from '../sessions/auth.decorators';
import { NotificationPreferencesRequest, NotificationPreferencesResponse } from './dto/notification-preferences.dto';
import { PreferencesService } from './preferences.service';

@ApiTags('notifications')
@Controller('users/me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOperation({ operationId: 'getNotificationPreferences', summary: 'How and how often you hear about each category' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesResponse> {
    return NotificationPreferencesResponse.of(await this.preferences.forUser(user.id));
  }

  @Put()
  @ApiOperation({ operationId: 'replaceNotificationPreferences', summary: 'Replace your choices (categories left out go back to their default)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  async replace(@CurrentUser() user: AuthenticatedUser, @Body() body: NotificationPreferencesRequest): Promise<NotificationPreferencesResponse> {
    return NotificationPreferencesResponse.of(await this.preferences.replace(user.id, body.items));
  }
}
