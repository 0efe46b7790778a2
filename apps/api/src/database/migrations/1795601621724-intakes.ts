import { MigrationInterface, QueryRunner } from 'typeorm';

export class Intakes1795601621724 implements MigrationInterface {
  name = 'Intakes1795601621724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "intake" ("seeker_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "segment" smallint, "status" character varying(5) NOT NULL, "sealed_content" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "updated_by_user_id" uuid NOT NULL, CONSTRAINT "PK_e0c6d525f07ac0ab6c5e144d3a0" PRIMARY KEY ("seeker_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd00eca3f96e3a92efc430df98" ON "intake" ("municipality_code") `);
    await queryRunner.query(`ALTER TABLE "intake" ADD CONSTRAINT "FK_e0c6d525f07ac0ab6c5e144d3a0" FOREIGN KEY ("seeker_id") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake" DROP CONSTRAINT "FK_e0c6d525f07ac0ab6c5e144d3a0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd00eca3f96e3a92efc430df98"`);
    await queryRunner.query(`DROP TABLE "intake"`);
  }
}
