import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795598262694 implements MigrationInterface {
  name = 'Foundation1795598262694';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Search needs these: Dutch text without accents, typo tolerance, radius search.
    for (const extension of ['unaccent', 'pg_trgm', 'cube', 'earthdistance']) {
      await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    }
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" character varying(20), "action" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(64) NOT NULL, "municipality_code" character varying(6), "purpose" character varying(200), "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_806add0204f192a9f867d0515c" ON "audit_event" ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ed6d720728d20a2672b5fbd8a" ON "audit_event" ("subject_type", "subject_id") `);
    await queryRunner.query(`CREATE TABLE "municipality" ("code" character varying(6) NOT NULL, "name" character varying(80) NOT NULL, "region" character varying(80) NOT NULL, "yearly_outflow_target" integer NOT NULL, "theme_color" character varying(7) NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "employer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "kvk_number" character varying(8) NOT NULL, "postcode" character varying(6) NOT NULL, "house_number" character varying(10) NOT NULL, "city" character varying(80) NOT NULL, "latitude" double precision, "longitude" double precision, "municipality_code" character varying(6) NOT NULL, "contact_name" character varying(120) NOT NULL, "contact_email" character varying(254) NOT NULL, "contact_phone" character varying(20), "verification_status" character varying(10) NOT NULL DEFAULT 'pending', "verification_note" text, "verified_by_user_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74029e6b1f17a4c7c66d43cfd34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "role" character varying(20) NOT NULL, "display_name" character varying(120) NOT NULL, "language" character varying(2) NOT NULL DEFAULT 'nl', "municipality_code" character varying(6), "employer_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "employer" ADD CONSTRAINT "FK_e05a473dc6ac9772b106cdc27a2" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_976a9750e6e81f607fadee2bd70" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_3f4b66f3b18d4c8d5bd4ff41b2e" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The audit log is append-only, also for the application's own database user.
    await queryRunner.query(`CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION refuse_audit_change()`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_3f4b66f3b18d4c8d5bd4ff41b2e"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_976a9750e6e81f607fadee2bd70"`);
    await queryRunner.query(`ALTER TABLE "employer" DROP CONSTRAINT "FK_e05a473dc6ac9772b106cdc27a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "employer"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ed6d720728d20a2672b5fbd8a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_806add0204f192a9f867d0515c"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
