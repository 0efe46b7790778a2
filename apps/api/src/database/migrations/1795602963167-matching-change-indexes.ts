import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingChangeIndexes1795602963167 implements MigrationInterface {
  name = 'MatchingChangeIndexes1795602963167';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_9cdce43fa0043c794281aa0905" ON "user" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d755e4f0914ddcde7dc156be9e" ON "vacancy" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_432864374ff98dc39d78bd1165" ON "seeker_profile" ("updated_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_432864374ff98dc39d78bd1165"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d755e4f0914ddcde7dc156be9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9cdce43fa0043c794281aa0905"`);
  }
}
