-- === case: columns of an event frame
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", "t"."d1" AS "when", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value", "when" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: filtered frame
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", "t"."s1" AS "name", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value", "name" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: patient series broadcast
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", "j1"."i1" AS "base", ("t"."i1" + "j1"."i1") AS "sum", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value", "base", "sum" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: only population patients
-- Run query 001 / 010
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 010
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 010
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 010
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."i1" AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 010
CREATE TABLE "ehrql_golden_results_4" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_2"));

-- Run query 006 / 010
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 007 / 010
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 008 / 010
SELECT "patient_id", "value" FROM "ehrql_golden_results_4" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 009 / 010
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- Run query 010 / 010
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: constant member
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", 'x' AS "k", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value", "k" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: sorted frame keeps every row
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", "t"."d1" AS "date", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value", "date" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: no rows
-- Run query 001 / 012
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 012
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 012
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 012
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 012
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 012
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 012
CREATE TABLE "ehrql_golden_results_5" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" WHERE (("t"."i1" > 100) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")));

-- Run query 008 / 012
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 009 / 012
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 010 / 012
SELECT "patient_id", "value" FROM "ehrql_golden_results_5" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 011 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 012 / 012
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: aggregate member
-- Run query 001 / 014
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 014
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1", CAST(SUM("t"."i1") AS BIGINT) AS "value_2" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 014
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 014
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 014
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 014
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."s1" AS "s1" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."s1" AS "s1", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST, "t"."s1" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 007 / 014
CREATE TABLE "ehrql_golden_results_6" AS SELECT "t"."patient_id" AS "patient_id", "t"."i1" AS "value", "j1"."value_2" AS "total", "j2"."s1" AS "first", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "e" AS "t" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_5" AS "j2" ON ("j2"."patient_id" = "t"."patient_id") WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"));

-- Run query 008 / 014
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 009 / 014
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 010 / 014
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Fetch results from query 011 / 014
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 012 / 014
SELECT "patient_id", "value", "total", "first" FROM "ehrql_golden_results_6" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 013 / 014
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- Run query 014 / 014
DROP TABLE IF EXISTS "ehrql_golden_results_6";

