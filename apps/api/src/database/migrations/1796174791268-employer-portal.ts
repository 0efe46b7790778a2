import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmployerPortal1796174791268 implements MigrationInterface {
  name = 'EmployerPortal1796174791268';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "team_invitation" ("user_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "invited_by_user_id" uuid, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05258710307c7e6a7ad264275b5" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_69ef7a6ba3dbdfa733117c65d9" ON "team_invitation" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "vacancy_view_day" ("vacancy_id" uuid NOT NULL, "day" date NOT NULL, "views" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c3082ebd719968364fe49458faa" PRIMARY KEY ("vacancy_id", "day"))`);
    await queryRunner.query(`ALTER TABLE "application" ADD "interview_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "application" ADD "interview_location" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "team_invitation" ADD CONSTRAINT "FK_05258710307c7e6a7ad264275b5" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_view_day" ADD CONSTRAINT "FK_955ca5b6ed559f472c3c8caaafa" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancy_view_day" DROP CONSTRAINT "FK_955ca5b6ed559f472c3c8caaafa"`);
    await queryRunner.query(`ALTER TABLE "team_invitation" DROP CONSTRAINT "FK_05258710307c7e6a7ad264275b5"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "interview_location"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "interview_at"`);
    await queryRunner.query(`DROP TABLE "vacancy_view_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69ef7a6ba3dbdfa733117c65d9"`);
    await queryRunner.query(`DROP TABLE "team_invitation"`);
  }
}
