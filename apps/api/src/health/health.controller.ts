import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { API_VERSION } from '../common/api-version';
import { OutboxService } from '../outbox/outbox.service';
import { BullQueues } from '../queue/bull-queues';
import { QUEUES } from '../queue/queue-names';
import { RedisConnection } from '../queue/redis-connection';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine';
import { Public } from '../sessions/auth.decorators';

class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty() detail!: string;
}

class HealthComponents {
  @ApiProperty({ type: ComponentHealth }) database!: ComponentHealth;
  @ApiProperty({ type: ComponentHealth }) queue!: ComponentHealth;
  @ApiProperty({ type: ComponentHealth }) search!: ComponentHealth;
}

class QueueDepthResponse {
  @ApiProperty({ enum: Object.values(QUEUES) }) name!: string;
  @ApiProperty() waiting!: number;
  @ApiProperty() active!: number;
  @ApiProperty() delayed!: number;
  @ApiProperty() failed!: number;
}

class OutboxHealth {
  @ApiProperty({ description: 'Events waiting to be moved to a queue' }) pending!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Age of the oldest waiting event, in seconds' }) oldestPendingSeconds!: number | null;
}

export class HealthResponse {
  @ApiProperty({ enum: ['up', 'degraded', 'down'] }) status!: 'up' | 'degraded' | 'down';
  @ApiProperty({ example: API_VERSION }) version!: string;
  @ApiProperty({ type: HealthComponents }) components!: HealthComponents;
  @ApiProperty({ type: [QueueDepthResponse], description: 'Jobs per queue; empty while the queue is down' }) queues!: QueueDepthResponse[];
  @ApiProperty({ type: OutboxHealth, nullable: true, description: 'null while the database is down' }) outbox!: OutboxHealth | null;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly queues: BullQueues,
    private readonly outbox: OutboxService,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Whether the database, the queue and search work, queue depths and the outbox backlog (503 when the database is down)' })
  @ApiOkResponse({ type: HealthResponse })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const databaseUp = await this.dataSource.query('SELECT 1').then(() => true, () => false);
    const queueUp = await this.redis.isUp();
    const searchUp = await this.search.isUp().catch(() => false);
    const components: HealthComponents = {
      database: { status: databaseUp ? 'up' : 'down', detail: 'PostgreSQL' },
      queue: { status: queueUp ? 'up' : 'down', detail: queueUp ? 'Redis (BullMQ)' : 'Redis unreachable: jobs wait in the outbox' },
      search: { status: searchUp ? 'up' : 'down', detail: this.search.name === 'meilisearch' ? 'Meilisearch' : 'PostgreSQL full text' },
    };
    const status = !databaseUp ? 'down' : queueUp ? 'up' : 'degraded';
    if (!databaseUp) response.status(503);
    const [queues, outbox] = await Promise.all([
      queueUp ? this.queues.depth().catch(() => []) : [],
      databaseUp ? this.outbox.backlog().catch(() => null) : null,
    ]);
    return { status, version: API_VERSION, components, queues, outbox };
  }
}
