import { MigrationInterface, QueryRunner } from 'typeorm';

export class Caseload1795601457158 implements MigrationInterface {
  name = 'Caseload1795601457158';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "description" character varying(500) NOT NULL, "due_date" date NOT NULL, "source_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP WITH TIME ZONE, "done_by_user_id" uuid, CONSTRAINT "PK_7039d223da735549d813987c356" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_11096812296fe44e7c1b258f1f" ON "case_action" ("seeker_id") `);
    await queryRunner.query(`CREATE TABLE "case_file" ("seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "caseworker_id" uuid, "segment" smallint, "status" character varying(10) NOT NULL DEFAULT 'new', "last_contact_at" TIMESTAMP WITH TIME ZONE, "open_plan_steps" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69abbe839513f1beb8375e2a583" PRIMARY KEY ("seeker_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7acbfe50a22ac6542afe0f1ed5" ON "case_file" ("municipality_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0ba09a0e1e06f00ef0f46c9dc7" ON "case_file" ("caseworker_id") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "case_action" ADD CONSTRAINT "FK_11096812296fe44e7c1b258f1fd" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_69abbe839513f1beb8375e2a583" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_0ba09a0e1e06f00ef0f46c9dc76" FOREIGN KEY ("caseworker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_0ba09a0e1e06f00ef0f46c9dc76"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_69abbe839513f1beb8375e2a583"`);
    await queryRunner.query(`ALTER TABLE "case_action" DROP CONSTRAINT "FK_11096812296fe44e7c1b258f1fd"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ba09a0e1e06f00ef0f46c9dc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7acbfe50a22ac6542afe0f1ed5"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11096812296fe44e7c1b258f1f"`);
    await queryRunner.query(`DROP TABLE "case_action"`);
  }
}
