import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A request to set a new password. The id is the SHA-256 of the token in the e-mail, so a database leak reveals no usable token. */
@Entity()
export class PasswordReset {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  user!: User;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the token was used, or when a newer password made it worthless. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
