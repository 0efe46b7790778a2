import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const ALERT_FREQUENCIES = ['instant', 'daily', 'weekly', 'none'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** The search filters as given to GET /vacancies (validated the same way). */
export interface SavedCriteria {
  q?: string;
  kind?: string[];
  hoursMin?: number;
  hoursMax?: number;
  postcode?: string;
  radiusKm?: number;
  skills?: string[];
}

/** A seeker's saved vacancy search; the notifications feature sends its alerts. */
@Entity()
@Index(['seekerUserId'])
@Index(['alert'])
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  seekerUser!: User;

  @Column({ type: 'uuid' })
  seekerUserId!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'jsonb' })
  criteria!: SavedCriteria;

  @Column({ type: 'varchar', length: 10, default: 'none' })
  alert!: AlertFrequency;

  /** Set by the alert sender: vacancies published after this moment are new for the next alert. */
  @Column({ type: 'timestamptz', nullable: true })
  lastAlertedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
