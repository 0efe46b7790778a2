import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795601216786 implements MigrationInterface {
  name = 'Notifications1795601216786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "digest_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "event_id" uuid NOT NULL, "category" character varying(40) NOT NULL, "frequency" character varying(10) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "digest_id" uuid, CONSTRAINT "PK_0301bdd79cf6e3eeca875e7efe4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_digest_item_pending" ON "digest_item" ("frequency", "recipient_id") WHERE "digest_id" IS NULL`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "category" character varying(40) NOT NULL, "template" character varying(80) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("event_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fe711664a0cad9e96dbc9b6ff4" PRIMARY KEY ("event_id", "recipient_id", "channel"))`);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "category" character varying(40) NOT NULL, "channel" character varying(10) NOT NULL, "frequency" character varying(10) NOT NULL, "match_score_threshold" smallint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0eaf0cc3621cba401ec57d1df7" PRIMARY KEY ("user_id", "category"))`);
    await queryRunner.query(`CREATE TABLE "stored_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}', "message_id" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86288df42f1fa5ee7a58fa7c1bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6ffbb93c74d9a0f4be80f0d6df" ON "stored_email" ("created_at") `);
    await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL, "type" character varying(100) NOT NULL, "queue" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_event_pending" ON "outbox_event" ("run_at") WHERE "dispatched_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "digest_item" ADD CONSTRAINT "FK_86cd41053c53050ed39d63110af" FOREIGN KEY ("recipient_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "digest_item" DROP CONSTRAINT "FK_86cd41053c53050ed39d63110af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_event_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ffbb93c74d9a0f4be80f0d6df"`);
    await queryRunner.query(`DROP TABLE "stored_email"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_digest_item_pending"`);
    await queryRunner.query(`DROP TABLE "digest_item"`);
  }
}
