import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity()
export class Municipality {
  /** CBS municipality code, e.g. GM1509 (Oude IJsselstreek). */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 80 })
  region!: string;

  @Column({ type: 'int' })
  yearlyOutflowTarget!: number;

  @Column({ type: 'varchar', length: 7 })
  themeColor!: string;
}
