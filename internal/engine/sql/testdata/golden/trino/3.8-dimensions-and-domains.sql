-- === case: patient series broadcast over rows
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE (("t"."i1" > "j1"."i1") AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: row-wise combination
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" + "t"."i2")) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: sorted and unsorted series combine
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" + "t"."i1")) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: filtered column
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i2") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: filter by ancestor-domain condition
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE ((("t"."i1" > 1) AND ("t"."i2" < 35)) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: filter by patient condition
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE (("j1"."i1" > 2) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: filter by true
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (TRUE AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: filter by false
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (FALSE AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: filter by null
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (NULL AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: patient value times event value
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" * "j1"."i1")) AS BIGINT) AS "value_1" FROM "e" AS "t" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: event case aggregated
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(CASE WHEN ("t"."i1" > 1) THEN 1 ELSE 0 END) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: constant event expression counted
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(CASE WHEN ("t"."i1" IS NULL) THEN 0 ELSE 1 END) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: aggregate over filtered domain combination
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" * "t"."i2")) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: event series of ancestor used in filter of pick
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."i2" AS "i2" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."i2" AS "i2", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."i1" ASC NULLS FIRST, "t"."i2" ASC NULLS FIRST) AS "rn" FROM "e" AS "t" WHERE (("t"."i2" > 15) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")))) AS "picked" WHERE ("picked"."rn" = 1);

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

-- === case: patient series from two patient tables
-- Run query 001 / 007
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p2" AS "t";

-- Run query 002 / 007
CREATE TABLE "ehrql_golden_population_2" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 003 / 007
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 004 / 007
CREATE TABLE "ehrql_golden_results_3" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."i1" + "j2"."i1") AS "v" FROM "ehrql_golden_population_2" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "p2" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id");

-- Run query 005 / 007
DROP TABLE IF EXISTS "ehrql_golden_population_2";

-- Fetch results from query 006 / 007
SELECT "patient_id", "v" FROM "ehrql_golden_results_3" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 007 / 007
DROP TABLE IF EXISTS "ehrql_golden_results_3";

-- === case: aggregations of two event tables
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e2" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e2" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 011
CREATE TABLE "ehrql_golden_population_4" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."value_1" + "j2"."value_1") AS "v" FROM "ehrql_golden_population_4" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id");

-- Run query 007 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: patient value is in other table events
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "e2" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "e2" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_population_4" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 005 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 008 / 015
CREATE TABLE "ehrql_golden_tmp_5" AS SELECT DISTINCT "t"."patient_id" AS "patient_id", "t"."i1" AS "value" FROM "e2" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_4")) AND ("t"."i1" IS NOT NULL));

-- Run query 009 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" WHERE (("t"."i1" IN (SELECT "s"."value" FROM "ehrql_golden_tmp_5" AS "s" WHERE ("s"."patient_id" = "t"."patient_id"))) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_4"))) GROUP BY "t"."patient_id";

-- Run query 010 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_5";

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_4" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_4";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

