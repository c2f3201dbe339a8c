-- === case: sum int
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: sum float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."f1") AS DOUBLE) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: mean int is float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST("t"."i1" AS DOUBLE)) AS DOUBLE) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: mean float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST("t"."f1" AS DOUBLE)) AS DOUBLE) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: min int
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN("t"."i1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: max int
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."i1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: min float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN("t"."f1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: max float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."f1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: min str
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN("t"."s1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: max str
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."s1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: min date
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN("t"."d1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: max date
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."d1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: min code
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN("t"."c1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: max code
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."c1") AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count rows including nulls
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: exists
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: count distinct int
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct str
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."s1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct date
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."d1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct code
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."c1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct bool
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."b1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct float
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."f1") AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count filtered
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: exists filtered
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" WHERE (("t"."i1" > 4) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: sum filtered
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 1) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: sum of expression
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM(("t"."i1" * 2)) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: sum empty after filter is null
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 100) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: count empty after filter is zero
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" > 100) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: exists on patient frame
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: count on patient frame
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", CASE WHEN ("j1"."patient_id" IS NOT NULL) THEN 1 ELSE 0 END AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "p" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: min of case
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MIN(CASE WHEN ("t"."i1" > 1) THEN "t"."i1" ELSE CAST(NULL AS BIGINT) END) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: count distinct of all null
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."i1") AS BIGINT) AS "value_1" FROM "e" AS "t" WHERE (("t"."i1" IS NULL) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) GROUP BY "t"."patient_id";

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

-- === case: max of bool-derived int
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", MAX(CAST(CASE WHEN "t"."b1" THEN 1 WHEN (NOT "t"."b1") THEN 0 END AS BIGINT)) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: mean of float with nulls
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST(("t"."f1" + "t"."f1") AS DOUBLE)) AS DOUBLE) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: sum of negative values
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM((- "t"."i1")) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: aggregations combine
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(SUM("t"."i1") AS BIGINT) AS "value_1", CAST(COUNT(*) AS BIGINT) AS "value_2" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 009
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 009
CREATE TABLE "ehrql_golden_results_4" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."value_1" + COALESCE("j1"."value_2", 0)) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 006 / 009
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 007 / 009
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Fetch results from query 008 / 009
SELECT "patient_id", "v" FROM "ehrql_golden_results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 009 / 009
DROP TABLE IF EXISTS "ehrql_golden_results_4";

-- === case: count distinct of expression
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT CAST(FLOOR((CAST("t"."i1" AS DOUBLE) / NULLIF(CAST(2 AS DOUBLE), 0))) AS BIGINT)) AS BIGINT) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 009
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

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

-- === case: sum zero is not null
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

-- === case: mean of single value
-- Run query 001 / 009
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "e" AS "t";

-- Run query 002 / 009
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST("t"."f1" AS DOUBLE)) AS DOUBLE) AS "value_1" FROM "e" AS "t" GROUP BY "t"."patient_id";

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

-- === case: count episodes gap 9
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 9)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count episodes gap 10
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 10)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count episodes gap 14 not strictly greater
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 14)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count episodes gap 0
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 0)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count episodes six weeks
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 42)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3")) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

-- === case: count episodes filtered
-- Run query 001 / 011
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "p" AS "t";

-- Run query 002 / 011
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "e" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 011
CREATE TABLE "ehrql_golden_population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "p" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL));

-- Run query 004 / 011
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 005 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 006 / 011
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (DATE_DIFF('day', "prev", "d") > 9)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."d1" AS "d", LAG("t"."d1") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."d1") AS "prev" FROM "e" AS "t" WHERE ((("t"."d1" > DATE '2020-01-05') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_3"))) AND ("t"."d1" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 007 / 011
CREATE TABLE "ehrql_golden_results_5" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value", 0) AS "v" FROM "ehrql_golden_population_3" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 008 / 011
DROP TABLE IF EXISTS "ehrql_golden_population_3";

-- Run query 009 / 011
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Fetch results from query 010 / 011
SELECT "patient_id", "v" FROM "ehrql_golden_results_5" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 011 / 011
DROP TABLE IF EXISTS "ehrql_golden_results_5";

