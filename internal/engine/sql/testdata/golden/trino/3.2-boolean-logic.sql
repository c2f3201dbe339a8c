-- === case: and
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" AND "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: or
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" OR "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

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

-- === case: and true literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" AND TRUE) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: and false literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" AND FALSE) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: or true literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" OR TRUE) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: or false literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (FALSE OR "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: and none literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" AND NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: or none literal
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NULL OR "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: not and
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (NOT ("j1"."b1" AND "j1"."b2")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: de morgan
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ((NOT "j1"."b1") OR (NOT "j1"."b2")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: is null of and
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."b1" AND "j1"."b2") IS NULL) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: or of and
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."b1" AND "j1"."b2") OR (NOT "j1"."b1")) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: eq of bools
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" = "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: ne of bools
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" <> "j1"."b2") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: bool cast to int
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", CAST(CASE WHEN "j1"."b1" THEN 1 WHEN (NOT "j1"."b1") THEN 0 END AS BIGINT) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: bool in set
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."b1" IN (TRUE)) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

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
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."b1", FALSE) AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: filter keeps only true rows
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
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ("t"."b1" AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: except where keeps false and null rows
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
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (((NOT "t"."b1") OR ("t"."b1" IS NULL)) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: filter on null kleene condition
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
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."b1" OR "t"."b2") AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: filter by not of null
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
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ((NOT "t"."b1") AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

