import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResets1796173639872 implements MigrationInterface {
  name = 'PasswordResets1796173639872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
