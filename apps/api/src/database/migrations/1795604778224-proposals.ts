import { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1795604778224 implements MigrationInterface {
  name = 'Proposals1795604778224';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "seeker_user_id" uuid NOT NULL, "proposed_by_user_id" uuid, "note" text NOT NULL, "status" character varying(24) NOT NULL DEFAULT 'awaiting-consent', "seeker_responded_at" TIMESTAMP WITH TIME ZONE, "employer_responded_at" TIMESTAMP WITH TIME ZONE, "application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e0b4783e3c0ae9f0cf8149380b" ON "proposal" ("seeker_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df9bffb34050c6788ad0fe96bb" ON "proposal" ("vacancy_id", "seeker_user_id") `);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_11005fa99a7bc081dff9803778a" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_e0b4783e3c0ae9f0cf8149380b1" FOREIGN KEY ("seeker_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_e0b4783e3c0ae9f0cf8149380b1"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_11005fa99a7bc081dff9803778a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df9bffb34050c6788ad0fe96bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0b4783e3c0ae9f0cf8149380b"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
  }
}
