import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SavedSearchIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { CreateSavedSearchRequest, SavedSearchListResponse, SavedSearchResponse } from './dto/saved-search.dto';
import { SavedSearchesService } from './saved-searches.service';

@ApiTags('vacancies')
@Roles('seeker')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Post()
  @ApiOperation({ operationId: 'createSavedSearch', summary: 'Save a vacancy search, with alerts instant, daily, weekly or none' })
  @ApiCreatedResponse({ type: SavedSearchResponse })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() request: CreateSavedSearchRequest): Promise<SavedSearchResponse> {
    return SavedSearchResponse.of(await this.savedSearches.create(request, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listSavedSearches', summary: 'Your saved searches' })
  @ApiOkResponse({ type: SavedSearchListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser): Promise<SavedSearchListResponse> {
    return { items: (await this.savedSearches.list(actor)).map(SavedSearchResponse.of) };
  }

  @Delete(':savedSearchId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteSavedSearch', summary: 'Delete a saved search' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(@CurrentUser() actor: AuthenticatedUser, @Param() { savedSearchId }: SavedSearchIdParam): Promise<void> {
    await this.savedSearches.remove(savedSearchId, actor);
  }
}
