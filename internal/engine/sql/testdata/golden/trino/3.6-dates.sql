-- === case: add month rolls forward 29 jan
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '2003-01-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2003-01-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add month rolls forward 31 jan leap
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '2004-01-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-01-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract month rolls forward
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', -1, DATE '2004-03-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-03-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 11 months
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 11, DATE '2000-10-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2000-10-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract 11 months
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', -11, DATE '2000-10-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2000-10-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add month simple
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '2020-01-15')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-15') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add months across year end
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 2, DATE '2020-12-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-12-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add month to 31 jan leap
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '2020-01-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract 12 months
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', -12, DATE '2020-05-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-05-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add zero months
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 0, DATE '2020-03-31')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-03-31') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 13 months to 30 jan
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 13, DATE '2019-01-30')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2019-01-30') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 3 months to 30 nov
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 3, DATE '2020-11-30')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-11-30') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add month to 30 april
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '2020-04-30')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-04-30') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract months into previous year
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', -3, DATE '2020-02-15')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-02-15') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add year from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (1 * 12), DATE '2004-02-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-02-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract year from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (-1 * 12), DATE '2004-02-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-02-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add four years from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (4 * 12), DATE '2004-02-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-02-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add years simple
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (10 * 12), DATE '2020-06-15')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-06-15') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add century to 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (100 * 12), DATE '2000-02-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2000-02-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 400 years to 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (400 * 12), DATE '2000-02-29')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2000-02-29') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add day to 28 feb leap
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 1, DATE '2020-02-28')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add two days to 28 feb leap
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 2, DATE '2020-02-28')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract day at new year
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', -1, DATE '2021-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 365 days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 365, DATE '2019-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add 366 days in leap year
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 366, DATE '2020-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add weeks
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', (2 * 7), DATE '2020-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: old dates
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', -1, DATE '1900-03-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: difference in days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_DIFF('day', DATE '2020-03-01', DATE '2021-03-01') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: difference in days leap february
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_DIFF('day', DATE '2020-02-01', DATE '2020-03-01') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: negative difference in days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_DIFF('day', DATE '2020-01-31', DATE '2020-01-01') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: weeks of minus one day
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(FLOOR((CAST(DATE_DIFF('day', DATE '2020-01-02', DATE '2020-01-01') AS DOUBLE) / NULLIF(CAST(7 AS DOUBLE), 0))) AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: weeks of 14 days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(FLOOR((CAST(DATE_DIFF('day', DATE '2020-01-01', DATE '2020-01-15') AS DOUBLE) / NULLIF(CAST(7 AS DOUBLE), 0))) AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: weeks of 13 days
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(FLOOR((CAST(DATE_DIFF('day', DATE '2020-01-01', DATE '2020-01-14') AS DOUBLE) / NULLIF(CAST(7 AS DOUBLE), 0))) AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2005-02-28') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2004-02-29') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2005-02-28') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2004-02-29') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2005-02-28') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2004-02-29') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months from 30 jan
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2000-03-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2000-01-30') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2000-03-01') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2000-01-30') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2000-03-01') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2000-01-30') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months end of month
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2020-03-31') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-02-29') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2020-03-31') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2020-03-31') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-02-29') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months day earlier
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2020-02-29') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-01-31') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2020-01-31') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2020-02-29') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-31') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months negative across year
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2019-12-31') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2019-12-31') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2019-12-31') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months negative one day
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-01-02') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2020-01-02') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-02') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: months same day
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM DATE '2021-05-15') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-02-15') AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2021-05-15') AS BIGINT) - CAST(EXTRACT(MONTH FROM DATE '2020-02-15') AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2021-05-15') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-02-15') AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years to 28 feb from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2021-02-28') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-02-29') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2021-02-28') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2021-02-28') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2021-02-28') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-02-29') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years to 28 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2021-02-28') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2019-01-01') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2021-02-28') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '2019-01-01') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2021-02-28') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '2019-01-01') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2021-02-28') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2019-01-01') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years to 1 march from 29 feb
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2021-03-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-02-29') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2021-03-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2021-03-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2021-03-01') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-02-29') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years negative one day
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '2020-01-02') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '2020-01-02') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '2020-01-02') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-02') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years exact
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '1990-01-01') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '1990-01-01') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '1990-01-01') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '1990-01-01') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: years day before birthday
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2019-12-31') AS BIGINT) - CAST(EXTRACT(YEAR FROM DATE '1990-01-01') AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2019-12-31') AS BIGINT) < CAST(EXTRACT(MONTH FROM DATE '1990-01-01') AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2019-12-31') AS BIGINT) = CAST(EXTRACT(MONTH FROM DATE '1990-01-01') AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2019-12-31') AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '1990-01-01') AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop";

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
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(EXTRACT(YEAR FROM DATE '2020-02-29') AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: month from date
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(EXTRACT(MONTH FROM DATE '2020-02-29') AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: day from date
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(EXTRACT(DAY FROM DATE '2020-02-29') AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: to first of month
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_TRUNC('month', DATE '2020-02-29') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: to first of year
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_TRUNC('year', DATE '2020-12-31') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: first of month is idempotent
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", DATE_TRUNC('month', DATE '2020-03-01') AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add years past 9999 is an error
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (1 * 12), DATE '9999-06-01')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '9999-06-01') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: add months past 9999 is an error
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', 1, DATE '9999-12-01')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '9999-12-01') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: subtract days before year 1 is an error
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', -1, DATE '0001-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: huge day offset is an error
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 9223372036854775807, DATE '2020-01-01')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: huge year offset is an error
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', (-9223372036854775807 * 12), DATE '2020-01-01')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: latest date
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[DATE_ADD('day', 1, DATE '9999-12-30')], "ehrql_v1" -> CASE WHEN (("ehrql_v1" < DATE '0001-01-01') OR ("ehrql_v1" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v1" AS VARCHAR))) AS DATE) ELSE "ehrql_v1" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: earliest date
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', -1, DATE '0001-02-01')], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM DATE '0001-02-01') AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop";

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: age on
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "patients" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is alive on
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "patients" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."date_of_death" > DATE '2020-01-01') OR ("j1"."date_of_death" IS NULL)) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is dead on
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "patients" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((NOT ("j1"."date_of_death" IS NULL)) AND ("j1"."date_of_death" < DATE '2020-01-01')) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date series arithmetic
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", transform(ARRAY[transform(ARRAY[DATE_ADD('month', "j1"."i1", "j1"."d1")], "ehrql_v1" -> CASE WHEN (CAST(EXTRACT(DAY FROM "ehrql_v1") AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."d1") AS BIGINT)) THEN DATE_ADD('day', 1, "ehrql_v1") ELSE "ehrql_v1" END)[1]], "ehrql_v2" -> CASE WHEN (("ehrql_v2" < DATE '0001-01-01') OR ("ehrql_v2" > DATE '9999-12-31')) THEN CAST(fail(('ehrql: date arithmetic gives a date outside the years 1 to 9999: ' || CAST("ehrql_v2" AS VARCHAR))) AS DATE) ELSE "ehrql_v2" END)[1] AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: date series differences
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((((CAST(EXTRACT(YEAR FROM "j1"."d2") AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."d1") AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM "j1"."d2") AS BIGINT) - CAST(EXTRACT(MONTH FROM "j1"."d1") AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM "j1"."d2") AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."d1") AS BIGINT)) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

