import { MigrationInterface, QueryRunner } from 'typeorm';

export class Placements1795602030670 implements MigrationInterface {
  name = 'Placements1795602030670';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "employer_id" uuid NOT NULL, "vacancy_id" uuid, "kind" character varying(20) NOT NULL, "start_date" date NOT NULL, "planned_end_date" date, "hours_per_week" smallint NOT NULL, "wage_cost_subsidy" boolean NOT NULL DEFAULT false, "job_coach" boolean NOT NULL DEFAULT false, "counts_as_outflow" boolean NOT NULL, "ended_on" date, "end_reason" character varying(20), "end_note" character varying(1000), "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30e0ee71debb0f21954d94bfcd" ON "placement" ("seeker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f031830f922626f028e1b19ea8" ON "placement" ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cf3a130c0f3e09fa5899163d8d" ON "placement" ("municipality_code", "start_date") `);
    await queryRunner.query(`CREATE TABLE "placement_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "milestone" character varying(10) NOT NULL, "due_date" date, "completed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(20), "note" character varying(2000), "recorded_by_user_id" uuid, CONSTRAINT "PK_18be46ed30a860bfa6053594b2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b511f8ee1d4e2004bf25e3ca32" ON "placement_check_in" ("placement_id") `);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_30e0ee71debb0f21954d94bfcd8" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_f031830f922626f028e1b19ea8f" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement_check_in" ADD CONSTRAINT "FK_b511f8ee1d4e2004bf25e3ca321" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement_check_in" DROP CONSTRAINT "FK_b511f8ee1d4e2004bf25e3ca321"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_f031830f922626f028e1b19ea8f"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_30e0ee71debb0f21954d94bfcd8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b511f8ee1d4e2004bf25e3ca32"`);
    await queryRunner.query(`DROP TABLE "placement_check_in"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf3a130c0f3e09fa5899163d8d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f031830f922626f028e1b19ea8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e0ee71debb0f21954d94bfcd"`);
    await queryRunner.query(`DROP TABLE "placement"`);
  }
}
