import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';

export const APPLICATION_STATUSES = ['applied', 'in-review', 'interview', 'offered', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_ORIGINS = ['direct', 'invitation', 'proposal'] as const;
export type ApplicationOrigin = (typeof APPLICATION_ORIGINS)[number];

@Entity()
@Index(['vacancyId', 'seekerUserId'], { unique: true })
@Index(['seekerUserId'])
export class Application {
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

  @Column({ type: 'varchar', length: 12, default: 'applied' })
  status!: ApplicationStatus;

  @Column({ type: 'text', nullable: true })
  motivation!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'direct' })
  origin!: ApplicationOrigin;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionReason!: string | null;

  /** The job interview the employer planned when moving the application to interview; the seeker sees it. */
  @Column({ type: 'timestamptz', nullable: true })
  interviewAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  interviewLocation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
