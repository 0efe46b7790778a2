import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An employer asks an anonymous candidate to apply; the seeker accepts (an application, identity shared) or declines. */
@Entity()
@Index(['vacancyId', 'seekerUserId'], { unique: true })
@Index(['seekerUserId'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Vacancy, { nullable: false })
  vacancy!: Vacancy;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  seekerUser!: User;

  @Column({ type: 'uuid' })
  seekerUserId!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: InvitationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
