import { MigrationInterface, QueryRunner } from 'typeorm';

export class Marketplace1795601606227 implements MigrationInterface {
  name = 'Marketplace1795601606227';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "vacancy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "description" text NOT NULL, "kind" character varying(20) NOT NULL, "occupation_id" character varying(16), "skills" jsonb NOT NULL DEFAULT '[]', "themes" text array NOT NULL DEFAULT '{}', "experience_years_wanted" smallint NOT NULL DEFAULT '0', "hours_min" smallint NOT NULL, "hours_max" smallint NOT NULL, "days" text array NOT NULL DEFAULT '{}', "day_parts" text array NOT NULL DEFAULT '{}', "shift_work" boolean NOT NULL DEFAULT false, "start_date" date, "contract_type" character varying(20) NOT NULL, "duration_weeks" smallint, "pay_type" character varying(20) NOT NULL, "pay_min" numeric(9,2), "pay_max" numeric(9,2), "workplace" character varying(10) NOT NULL DEFAULT 'on-site', "postcode" character varying(6), "house_number" character varying(10), "city" character varying(80), "latitude" double precision, "longitude" double precision, "municipality_code" character varying(6) NOT NULL, "requires_driving_licence" boolean NOT NULL DEFAULT false, "min_dutch_level" character varying(4) NOT NULL DEFAULT 'none', "conditions" text array NOT NULL DEFAULT '{}', "support_offered" text array NOT NULL DEFAULT '{}', "suitable_for_banenafspraak" boolean NOT NULL DEFAULT false, "places" smallint NOT NULL DEFAULT '1', "status" character varying(10) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "closes_on" date, "taxonomy_version" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fa1981f63bc24e1712707d492b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a7cd7272f2a9b1c18a2e820998" ON "vacancy" ("employer_id", "status") `);
    await queryRunner.query(`CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "seeker_user_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'applied', "motivation" text, "origin" character varying(12) NOT NULL DEFAULT 'direct', "rejection_reason" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8aa3cd98e38aea4636ef761dc9" ON "application" ("seeker_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8d3ac17a049c0195beca072297" ON "application" ("vacancy_id", "seeker_user_id") `);
    await queryRunner.query(`CREATE TABLE "application_event" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" character varying(20), "from_status" character varying(12), "to_status" character varying(12) NOT NULL, "note" text, "rejection_reason" character varying(40), CONSTRAINT "PK_dfaa2b28d25fb0223bfd1313f0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8aed327a5e427a864e02ace49f" ON "application_event" ("application_id", "id") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "seeker_user_id" uuid NOT NULL, "invited_by_user_id" uuid, "message" text, "status" character varying(10) NOT NULL DEFAULT 'pending', "responded_at" TIMESTAMP WITH TIME ZONE, "application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f13a9e46234294acde42fe518a" ON "invitation" ("seeker_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7ff76e54c7d20521c1c934c2e" ON "invitation" ("vacancy_id", "seeker_user_id") `);
    await queryRunner.query(`CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "criteria" jsonb NOT NULL, "alert" character varying(10) NOT NULL DEFAULT 'none', "last_alerted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_563b338d8b4878fa46697c8f3f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b535c64694cca10165eb68c585" ON "saved_search" ("alert") `);
    await queryRunner.query(`CREATE INDEX "IDX_a854e61ef2cf25af6ee6b4d3b2" ON "saved_search" ("seeker_user_id") `);
    await queryRunner.query(`CREATE TABLE "consent_event" ("id" BIGSERIAL NOT NULL, "seeker_user_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" character varying(20), "subject" character varying(40) NOT NULL, "from_value" character varying(40), "to_value" character varying(40) NOT NULL, CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4560db089fa2dfbd2286236d4e" ON "consent_event" ("seeker_user_id", "id") `);
    await queryRunner.query(`CREATE TABLE "seeker_profile" ("user_id" uuid NOT NULL, "skills" jsonb NOT NULL DEFAULT '[]', "wanted_occupations" text array NOT NULL DEFAULT '{}', "interests" text array NOT NULL DEFAULT '{}', "hours_min" smallint, "hours_max" smallint, "hours_preferred" smallint, "availability" jsonb, "postcode" character varying(6), "latitude" double precision, "longitude" double precision, "travel" jsonb NOT NULL DEFAULT '[]', "has_driving_licence" boolean NOT NULL DEFAULT false, "dutch_level" character varying(4), "education_level" character varying(10), "experience" jsonb NOT NULL DEFAULT '[]', "limitations" text array NOT NULL DEFAULT '{}', "unwanted_kinds" text array NOT NULL DEFAULT '{}', "support_needed" text array NOT NULL DEFAULT '{}', "available_from" date, "visibility" character varying(20) NOT NULL DEFAULT 'caseworkers', "taxonomy_version" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1c699e167cbc7791ebd4564bf8" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "vacancy_event" ("id" BIGSERIAL NOT NULL, "vacancy_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" character varying(20), "action" character varying(20) NOT NULL, "from_status" character varying(10), "to_status" character varying(10), "changes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_2b6b45a9dc1b0556ccd6d2649d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2582fd9b2c63bb0448b3c649ec" ON "vacancy_event" ("vacancy_id", "id") `);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "FK_21a3b6e115a56139aa51326c238" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "FK_b07e96f1fa0ca10e8ee5884a79a" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "FK_8aa3cd98e38aea4636ef761dc9b" FOREIGN KEY ("seeker_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application_event" ADD CONSTRAINT "FK_a438c3c070f4e044fed183f458c" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_afcf85209c275d2bc7a02bb3fee" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_f13a9e46234294acde42fe518af" FOREIGN KEY ("seeker_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "saved_search" ADD CONSTRAINT "FK_a854e61ef2cf25af6ee6b4d3b2b" FOREIGN KEY ("seeker_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_8d0575d195785dfa7ef51e7817f" FOREIGN KEY ("seeker_user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "seeker_profile" ADD CONSTRAINT "FK_c1c699e167cbc7791ebd4564bf8" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_event" ADD CONSTRAINT "FK_520cf73bfdfcad606935b06359d" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancy_event" DROP CONSTRAINT "FK_520cf73bfdfcad606935b06359d"`);
    await queryRunner.query(`ALTER TABLE "seeker_profile" DROP CONSTRAINT "FK_c1c699e167cbc7791ebd4564bf8"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_8d0575d195785dfa7ef51e7817f"`);
    await queryRunner.query(`ALTER TABLE "saved_search" DROP CONSTRAINT "FK_a854e61ef2cf25af6ee6b4d3b2b"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_f13a9e46234294acde42fe518af"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_afcf85209c275d2bc7a02bb3fee"`);
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "FK_a438c3c070f4e044fed183f458c"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_8aa3cd98e38aea4636ef761dc9b"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_b07e96f1fa0ca10e8ee5884a79a"`);
    await queryRunner.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "FK_21a3b6e115a56139aa51326c238"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2582fd9b2c63bb0448b3c649ec"`);
    await queryRunner.query(`DROP TABLE "vacancy_event"`);
    await queryRunner.query(`DROP TABLE "seeker_profile"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4560db089fa2dfbd2286236d4e"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a854e61ef2cf25af6ee6b4d3b2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b535c64694cca10165eb68c585"`);
    await queryRunner.query(`DROP TABLE "saved_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7ff76e54c7d20521c1c934c2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f13a9e46234294acde42fe518a"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8aed327a5e427a864e02ace49f"`);
    await queryRunner.query(`DROP TABLE "application_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d3ac17a049c0195beca072297"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8aa3cd98e38aea4636ef761dc9"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7cd7272f2a9b1c18a2e820998"`);
    await queryRunner.query(`DROP TABLE "vacancy"`);
  }
}
