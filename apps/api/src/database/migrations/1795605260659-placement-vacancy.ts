import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacementVacancy1795605260659 implements MigrationInterface {
  name = 'PlacementVacancy1795605260659';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Until now the column was not checked: forget links to vacancies that do not exist, or the constraint cannot be added.
    await queryRunner.query(`UPDATE "placement" SET "vacancy_id" = NULL WHERE "vacancy_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "vacancy" WHERE "vacancy"."id" = "placement"."vacancy_id")`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_2cc575b3c594c72f13ef2731595" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_2cc575b3c594c72f13ef2731595"`);
  }
}
