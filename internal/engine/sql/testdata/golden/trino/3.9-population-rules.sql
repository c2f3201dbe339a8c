-- === case: default is every patient in any table
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: exists in event table
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: exists in patient table
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 009
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_2")) GROUP BY "t"."patient_id";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: null population excludes
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."i1" > 2);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: and
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) AND ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: or
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: filtered exists
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" WHERE ("t"."i1" > 1) GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) GROUP BY "t"."patient_id";

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

-- === case: count condition
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1", CAST(SUM("t"."i1") AS BIGINT) AS "value_2" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE (COALESCE("j1"."value_1", 0) >= 2);

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_2" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: variables read tables outside the population expression
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE (NOT ("j1"."i1" IS NULL));

-- Run query 003 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 009
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_2")) GROUP BY "t"."patient_id";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: nobody
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."i1" > 100);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: output is sorted and complete with inline order
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

