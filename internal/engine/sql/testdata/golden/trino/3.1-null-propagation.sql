-- === case: add
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" + "j1"."i2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i2" - "j1"."i1") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: multiply
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" * "j1"."i2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: negate
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (- "j1"."i1") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: absolute
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ABS((- "j1"."i1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: eq
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" = "j1"."i2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: eq none literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(NULL AS BOOLEAN) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: ne none literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(NULL AS BOOLEAN) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: lt literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" < 3) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" IS NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is not null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NOT ("j1"."i1" IS NULL)) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is null of none
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NULL IS NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is null of bool
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" IS NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is null of null result
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."i1" + "j1"."i2") IS NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: not
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NOT "j1"."b1") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add none literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(NULL AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: true divide none
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(NULL AS DOUBLE) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date add days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', "j1"."i1", "j1"."d1")], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date add days null days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', "j1"."i2", "j1"."d1")], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: year from date
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(EXTRACT(YEAR FROM "j1"."d1") AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date difference with none
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(NULL AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: string contains
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."s1" LIKE '%b%' ESCAPE '/') AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: cast to float
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST("j1"."i1" AS DOUBLE) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: cast to int
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(TRUNCATE("j1"."f1") AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: in literal set
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" IN (1, 2)) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: in empty set is false for null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", FALSE AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: not in empty set is true for null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NOT FALSE) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: not in
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NOT ("j1"."i1" IN (1))) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: none in set
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NULL IN (1)) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: none in empty set
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", FALSE AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of ignores null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", GREATEST(COALESCE("j1"."i1", "j1"."i2"), COALESCE("j1"."i2", "j1"."i1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: minimum of ignores null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", LEAST(COALESCE("j1"."i1", "j1"."i2"), COALESCE("j1"."i2", "j1"."i1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: maximum of all null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

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

-- === case: case null condition not matched
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN "j1"."b1" THEN 1 ELSE 0 END AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: nested null
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."i1" + 1) * ("j1"."i2" + 1)) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

