import { MigrationInterface, QueryRunner } from 'typeorm';

export class Appointments1795601839546 implements MigrationInterface {
  name = 'Appointments1795601839546';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_id" uuid NOT NULL, "caseworker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mode" character varying(10) NOT NULL, "location" character varying(200), "video_url" character varying(500), "purpose" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'planned', "confirmed_at" TIMESTAMP WITH TIME ZONE, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "cancellation_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_374f6dede7240b430f28fbb303" ON "appointment" ("seeker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ea5bd9b0278e326ed258b1fa01" ON "appointment" ("municipality_code", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "appointment" ADD CONSTRAINT "FK_374f6dede7240b430f28fbb3032" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appointment" ADD CONSTRAINT "FK_08034f9441a31a98ce41621f295" FOREIGN KEY ("caseworker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_08034f9441a31a98ce41621f295"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_374f6dede7240b430f28fbb3032"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea5bd9b0278e326ed258b1fa01"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_374f6dede7240b430f28fbb303"`);
    await queryRunner.query(`DROP TABLE "appointment"`);
  }
}
