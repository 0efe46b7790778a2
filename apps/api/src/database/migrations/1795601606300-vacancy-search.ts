import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's own tables (not entities: only PostgresSearchEngine reads and writes them).
 * - meedoen_dutch: the Dutch snowball stemmer after unaccent, so 'café' and 'cafe' are one word.
 * - vacancy_search_document: one row per searchable vacancy with a maintained tsvector, weighted
 *   title (A) > occupation and skills (B) > description (C) > employer and place (D).
 * - search_vocabulary: every word in the documents, for typo tolerance with pg_trgm similarity.
 */
export class VacancySearch1795601606300 implements MigrationInterface {
  name = 'VacancySearch1795601606300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION meedoen_dutch (COPY = pg_catalog.dutch)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION meedoen_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`);
    await queryRunner.query(`CREATE TABLE "vacancy_search_document" (
      "vacancy_id" uuid PRIMARY KEY,
      "title" text NOT NULL,
      "teaser" text NOT NULL,
      "kind" character varying(20) NOT NULL,
      "occupation_id" character varying(16),
      "employer_id" uuid NOT NULL,
      "employer_name" text NOT NULL,
      "city" text,
      "municipality_code" character varying(6),
      "hours_min" smallint NOT NULL,
      "hours_max" smallint NOT NULL,
      "hours_band" character varying(8) NOT NULL,
      "workplace" character varying(10) NOT NULL,
      "skill_ids" text[] NOT NULL DEFAULT '{}',
      "latitude" double precision,
      "longitude" double precision,
      "location" earth,
      "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "closes_on" date,
      "document" tsvector NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "vacancy_search_document_text" ON "vacancy_search_document" USING gin ("document")`);
    await queryRunner.query(`CREATE INDEX "vacancy_search_document_location" ON "vacancy_search_document" USING gist ("location")`);
    await queryRunner.query(`CREATE INDEX "vacancy_search_document_skills" ON "vacancy_search_document" USING gin ("skill_ids")`);
    await queryRunner.query(`CREATE INDEX "vacancy_search_document_newest" ON "vacancy_search_document" ("published_at" DESC, "vacancy_id")`);
    await queryRunner.query(`CREATE INDEX "vacancy_search_document_kind" ON "vacancy_search_document" ("kind")`);
    await queryRunner.query(`CREATE TABLE "search_vocabulary" ("word" text PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX "search_vocabulary_trigrams" ON "search_vocabulary" USING gin ("word" gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_vocabulary"`);
    await queryRunner.query(`DROP TABLE "vacancy_search_document"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION meedoen_dutch`);
  }
}
