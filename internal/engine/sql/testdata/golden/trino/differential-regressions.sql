-- === case: minimum over a frame of values that use the maximum of the same frame
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."d2") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", MIN(LEAST(COALESCE("t"."d1", "j1"."value_1"), COALESCE("j1"."value_1", "t"."d1"))) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) GROUP BY "t"."patient_id";

-- Run query 006 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: sum over a frame of values that use the count of the same frame
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" + COALESCE("j1"."value_1", 0))) AS BIGINT) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) GROUP BY "t"."patient_id";

-- Run query 006 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: generated: aggregate over a frame whose value uses another aggregate of that frame (seed 1795889804292284432, case 942)
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e2" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."d2") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "e2" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 013
CREATE TABLE "ehrql_golden_population_4" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") WHERE ((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL));

-- Run query 005 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 006 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 007 / 013
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT "t"."patient_id" AS "patient_id", MIN(transform(ARRAY[CASE WHEN "t"."b1" THEN DATE_TRUNC('year', "t"."d1") WHEN ("t"."b1" = "t"."b1") THEN "t"."d2" ELSE CAST(NULL AS DATE) END], "ehrql_v1" -> transform(ARRAY[CASE WHEN TRUE THEN COALESCE("j1"."d2", "j1"."d1") ELSE "j2"."value_1" END], "ehrql_v2" -> LEAST(COALESCE("ehrql_v1", "ehrql_v2"), COALESCE("ehrql_v2", "ehrql_v1")))[1])[1]) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_4")) GROUP BY "t"."patient_id";

-- Run query 008 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 009 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_4" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_5" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 010 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_4";

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

