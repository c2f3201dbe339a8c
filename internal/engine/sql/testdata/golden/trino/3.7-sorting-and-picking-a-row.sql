-- === case: first puts null first
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: last takes greatest
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: spec example two keys
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST, "t"."i2" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: leftmost key has priority
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i2" ASC NULLS FIRST, "t"."i1" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: leftmost key has priority last
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i2" DESC NULLS LAST, "t"."i1" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: second key breaks ties
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" DESC NULLS LAST, "t"."i2" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: selected sort key
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i1" AS "i1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "i1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: first by date null first
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."s1" AS "s1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."s1" AS "s1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" ASC NULLS FIRST, "t"."s1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: last by date
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."s1" AS "s1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."s1" AS "s1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" DESC NULLS LAST, "t"."s1" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: first non null date
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."s1" AS "s1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."s1" AS "s1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" ASC NULLS FIRST, "t"."s1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ((NOT ("t"."d1" IS NULL)) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: last date value
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."d1" AS "d1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."d1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: first by string
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."s1" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: first by bool
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."b1" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: last by bool
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."b1" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: bool tie-break column
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."b1" AS "b1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."b1" AS "b1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i2" ASC NULLS FIRST, CAST(CASE WHEN "t"."b1" THEN 1 WHEN (NOT "t"."b1") THEN 0 END AS BIGINT) ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."b1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: bool tie-break column last
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."b1" AS "b1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."b1" AS "b1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i2" DESC NULLS LAST, CAST(CASE WHEN "t"."b1" THEN 1 WHEN (NOT "t"."b1") THEN 0 END AS BIGINT) DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."b1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: sort by expression
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY (- "t"."i3") ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: filter after sort
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: sort after filter
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: filter between sorts
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" DESC NULLS LAST, "t"."i2" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE (("t"."i3" >= 10) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: exists on pick
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id" FROM (SELECT "t"."patient_id" AS "patient_id", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count on pick
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id" FROM (SELECT "t"."patient_id" AS "patient_id", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."patient_id" IS NOT NULL) THEN 1 ELSE 0 END AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: exists on empty pick
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id" FROM (SELECT "t"."patient_id" AS "patient_id", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE (("t"."i3" > 25) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: two columns from one pick share the row
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i2" AS "i2", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i2" AS "i2", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST, "t"."i2" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i2" + "j1"."i3") AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: tie-break uses every selected column alphabetically
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i1" AS "i1", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "i1", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i2" DESC NULLS LAST, "t"."i1" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" + "j1"."i3") AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: tie-break by string column
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."s1" AS "s1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."s1" AS "s1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" ASC NULLS FIRST, "t"."s1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: picked value compared
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 013
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" DESC NULLS LAST, "t"."i3" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 008 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i3" > "j2"."i3") AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_5" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id");

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 010 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

-- === case: first minus last
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."d1" AS "d1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 013
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."d1" AS "d1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ((NOT ("t"."d1" IS NULL)) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 008 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", DATE_DIFF('day', "j2"."d1", "j1"."d1") AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_5" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id");

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 010 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

-- === case: sort key from patient-level expression
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i3" AS "i3" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i3" AS "i3", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY ("t"."i3" + COALESCE("j1"."value_1", 0)) ASC NULLS FIRST, "t"."i3" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 006 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i3" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: sort is stable for ties
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i2" AS "i2" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i2" AS "i2", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" DESC NULLS LAST, "t"."i2" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i2" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: last picks null-free max with nulls present
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."d1" AS "d1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."d1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: float sort key
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i1" AS "i1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "i1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."f1" ASC NULLS FIRST, "t"."i1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 013
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i1" AS "i1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "i1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."f1" DESC NULLS LAST, "t"."i1" DESC NULLS LAST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 008 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" + (10 * "j2"."i1")) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_5" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id");

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 010 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

