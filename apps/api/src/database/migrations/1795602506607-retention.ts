import { MigrationInterface, QueryRunner } from 'typeorm';

export class Retention1795602506607 implements MigrationInterface {
  name = 'Retention1795602506607';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "retention_warned_at"`);
  }
}
