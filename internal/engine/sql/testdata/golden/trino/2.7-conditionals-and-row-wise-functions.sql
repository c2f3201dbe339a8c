-- === case: first true arm wins
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i1" > 1) THEN 'big' WHEN ("j1"."i1" > 2) THEN 'bigger' ELSE 'small' END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: no default gives null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."i1" WHEN 1 THEN 'one' ELSE CAST(NULL AS VARCHAR) END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: null condition is not matched
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i2" > 20) THEN 1 WHEN TRUE THEN 2 ELSE CAST(NULL AS BIGINT) END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: none value
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i1" = 1) THEN CAST(NULL AS BIGINT) ELSE "j1"."i2" END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: series values
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i1" > 1) THEN "j1"."i2" ELSE "j1"."i1" END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date values
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."d1" IS NULL) THEN "j1"."d2" ELSE "j1"."d1" END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: bool values
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."s1" WHEN 'a' THEN TRUE WHEN 'b' THEN FALSE ELSE CAST(NULL AS BOOLEAN) END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: float values
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."f1" > CAST(0.0 AS DOUBLE)) THEN "j1"."f1" ELSE CAST(0.0 AS DOUBLE) END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: when null then
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."i2", 0) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: map values
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."s1" WHEN 'a' THEN 'Alpha' WHEN 'b' THEN 'Beta' ELSE 'Other' END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: map values null input gives default
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."i1" WHEN 1 THEN 100 ELSE -1 END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: age band style
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i2" < 20) THEN '0-19' WHEN ("j1"."i2" < 35) THEN '20-34' ELSE '35+' END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: nested case
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."i1" > 2) THEN CASE WHEN ("j1"."i2" > 35) THEN 2 ELSE 1 END ELSE 0 END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of with literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", GREATEST(COALESCE("j1"."i1", "j1"."i2", 5), COALESCE("j1"."i2", 5, "j1"."i1"), COALESCE(5, "j1"."i1", "j1"."i2")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: minimum of with literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", LEAST(COALESCE("j1"."i1", "j1"."i2", 5), COALESCE("j1"."i2", 5, "j1"."i1"), COALESCE(5, "j1"."i1", "j1"."i2")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of dates
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", GREATEST(COALESCE("j1"."d1", "j1"."d2"), COALESCE("j1"."d2", "j1"."d1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: minimum of dates with literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", LEAST(COALESCE("j1"."d1", "j1"."d2", DATE '2020-06-01'), COALESCE("j1"."d2", DATE '2020-06-01', "j1"."d1"), COALESCE(DATE '2020-06-01', "j1"."d1", "j1"."d2")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of floats
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", GREATEST(COALESCE("j1"."f1", CAST(0.0 AS DOUBLE)), COALESCE(CAST(0.0 AS DOUBLE), "j1"."f1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of strings
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY["j1"."s1"], "ehrql_v1" -> transform(ARRAY['b'], "ehrql_v2" -> GREATEST(COALESCE("ehrql_v1", "ehrql_v2"), COALESCE("ehrql_v2", "ehrql_v1")))[1])[1] AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: event-level case counted
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT CASE WHEN ("t"."i1" > 2) THEN 'high' ELSE 'low' END) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

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

-- === case: event-level maximum of
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(GREATEST(COALESCE("t"."i1", "t"."i2"), COALESCE("t"."i2", "t"."i1"))) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

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

-- === case: coalesce
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."i2", "j1"."i1", 0) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: coalesce all null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."d1", "j1"."d2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: fixed value map
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."i1" WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'other' END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: fixed value map first key wins
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."i1" WHEN 1 THEN 10 ELSE 0 END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: fixed value map none default
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."s1" WHEN 'a' THEN 1 WHEN 'd' THEN 4 ELSE CAST(NULL AS BIGINT) END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: fixed value map to none
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE "j1"."i1" WHEN 1 THEN CAST(NULL AS BIGINT) ELSE 9 END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

