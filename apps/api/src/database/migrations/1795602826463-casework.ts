import { MigrationInterface, QueryRunner } from 'typeorm';

export class Casework1795602826463 implements MigrationInterface {
  name = 'Casework1795602826463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "caseworker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mode" character varying(10) NOT NULL, "location" character varying(200), "video_url" character varying(500), "purpose" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'planned', "confirmed_at" TIMESTAMP WITH TIME ZONE, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "cancellation_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_374f6dede7240b430f28fbb303" ON "appointment" ("seeker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ea5bd9b0278e326ed258b1fa01" ON "appointment" ("municipality_code", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "case_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "description" character varying(500) NOT NULL, "due_date" date NOT NULL, "source_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP WITH TIME ZONE, "done_by_user_id" uuid, CONSTRAINT "PK_7039d223da735549d813987c356" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_11096812296fe44e7c1b258f1f" ON "case_action" ("seeker_id") `);
    await queryRunner.query(`CREATE TABLE "case_file" ("seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "caseworker_id" uuid, "segment" smallint, "status" character varying(10) NOT NULL DEFAULT 'new', "last_contact_at" TIMESTAMP WITH TIME ZONE, "open_plan_steps" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69abbe839513f1beb8375e2a583" PRIMARY KEY ("seeker_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7acbfe50a22ac6542afe0f1ed5" ON "case_file" ("municipality_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_0ba09a0e1e06f00ef0f46c9dc7" ON "case_file" ("caseworker_id") `);
    await queryRunner.query(`CREATE TABLE "intake" ("seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "segment" smallint, "status" character varying(5) NOT NULL, "sealed_content" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "updated_by_user_id" uuid NOT NULL, CONSTRAINT "PK_e0c6d525f07ac0ab6c5e144d3a0" PRIMARY KEY ("seeker_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd00eca3f96e3a92efc430df98" ON "intake" ("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "employer_id" uuid NOT NULL, "vacancy_id" uuid, "kind" character varying(20) NOT NULL, "start_date" date NOT NULL, "planned_end_date" date, "hours_per_week" smallint NOT NULL, "wage_cost_subsidy" boolean NOT NULL DEFAULT false, "job_coach" boolean NOT NULL DEFAULT false, "counts_as_outflow" boolean NOT NULL, "ended_on" date, "end_reason" character varying(20), "end_note" character varying(1000), "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30e0ee71debb0f21954d94bfcd" ON "placement" ("seeker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f031830f922626f028e1b19ea8" ON "placement" ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cf3a130c0f3e09fa5899163d8d" ON "placement" ("municipality_code", "start_date") `);
    await queryRunner.query(`CREATE TABLE "placement_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "milestone" character varying(10) NOT NULL, "due_date" date, "completed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(20), "note" character varying(2000), "recorded_by_user_id" uuid, CONSTRAINT "PK_18be46ed30a860bfa6053594b2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b511f8ee1d4e2004bf25e3ca32" ON "placement_check_in" ("placement_id") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user" ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "appointment" ADD CONSTRAINT "FK_374f6dede7240b430f28fbb3032" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment" ADD CONSTRAINT "FK_08034f9441a31a98ce41621f295" FOREIGN KEY ("caseworker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_action" ADD CONSTRAINT "FK_11096812296fe44e7c1b258f1fd" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_69abbe839513f1beb8375e2a583" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_0ba09a0e1e06f00ef0f46c9dc76" FOREIGN KEY ("caseworker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intake" ADD CONSTRAINT "FK_e0c6d525f07ac0ab6c5e144d3a0" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_30e0ee71debb0f21954d94bfcd8" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_f031830f922626f028e1b19ea8f" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement_check_in" ADD CONSTRAINT "FK_b511f8ee1d4e2004bf25e3ca321" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement_check_in" DROP CONSTRAINT "FK_b511f8ee1d4e2004bf25e3ca321"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_f031830f922626f028e1b19ea8f"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_30e0ee71debb0f21954d94bfcd8"`);
    await queryRunner.query(`ALTER TABLE "intake" DROP CONSTRAINT "FK_e0c6d525f07ac0ab6c5e144d3a0"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_0ba09a0e1e06f00ef0f46c9dc76"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_69abbe839513f1beb8375e2a583"`);
    await queryRunner.query(`ALTER TABLE "case_action" DROP CONSTRAINT "FK_11096812296fe44e7c1b258f1fd"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_08034f9441a31a98ce41621f295"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_374f6dede7240b430f28fbb3032"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "retention_warned_at"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b511f8ee1d4e2004bf25e3ca32"`);
    await queryRunner.query(`DROP TABLE "placement_check_in"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf3a130c0f3e09fa5899163d8d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f031830f922626f028e1b19ea8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e0ee71debb0f21954d94bfcd"`);
    await queryRunner.query(`DROP TABLE "placement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd00eca3f96e3a92efc430df98"`);
    await queryRunner.query(`DROP TABLE "intake"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ba09a0e1e06f00ef0f46c9dc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7acbfe50a22ac6542afe0f1ed5"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11096812296fe44e7c1b258f1f"`);
    await queryRunner.query(`DROP TABLE "case_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea5bd9b0278e326ed258b1fa01"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_374f6dede7240b430f28fbb303"`);
    await queryRunner.query(`DROP TABLE "appointment"`);
  }
}
