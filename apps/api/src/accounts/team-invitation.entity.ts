import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A colleague invited into an employer's team: the account exists from the invitation on (linked to the same
 * employer) but has no password until the colleague follows the link in the e-mail. Only the token's hash is kept.
 */
@Entity()
export class TeamInvitation {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  user!: User;

  @Column({ type: 'uuid' })
  employerId!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
