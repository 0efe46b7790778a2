import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { AppointmentsService } from './appointments.service';
import { AppointmentIdParam } from './dto/appointment-id.param';
import { CreateAppointmentRequest, UpdateAppointmentRequest } from './dto/appointment.request';
import { AppointmentListResponse, AppointmentResponse } from './dto/appointment.response';
import { AppointmentsQuery } from './dto/appointments.query';

@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Roles('caseworker', 'seeker')
  @Get()
  @ApiOperation({ operationId: 'listAppointments', summary: "A resident's own appointments, or those of the caseworker's municipality" })
  @ApiOkResponse({ type: AppointmentListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: AppointmentsQuery): Promise<AppointmentListResponse> {
    const { items, total } = await this.appointments.list(actor, query);
    return { items: items.map(AppointmentResponse.of), total };
  }

  @Roles('caseworker')
  @Post()
  @ApiOperation({ operationId: 'planAppointment', summary: 'Plan an appointment with a resident (in person, video or phone)' })
  @ApiCreatedResponse({ type: AppointmentResponse })
  async plan(@CurrentUser() actor: AuthenticatedUser, @Body() request: CreateAppointmentRequest): Promise<AppointmentResponse> {
    return AppointmentResponse.of(await this.appointments.plan(actor, request));
  }

  @Roles('caseworker', 'seeker')
  @Patch(':appointmentId')
  @ApiOperation({ operationId: 'updateAppointment', summary: 'The resident confirms; the caseworker moves the appointment or records attended, no-show (creates a follow-up action) or cancelled' })
  @ApiOkResponse({ type: AppointmentResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { appointmentId }: AppointmentIdParam,
    @Body() request: UpdateAppointmentRequest,
  ): Promise<AppointmentResponse> {
    return AppointmentResponse.of(await this.appointments.update(actor, appointmentId, request));
  }
}
