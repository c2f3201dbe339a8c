-- === case: registered on date
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."practice_pseudo_id" AS "practice_pseudo_id" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."practice_pseudo_id" AS "practice_pseudo_id", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."start_date" DESC NULLS LAST, "t"."practice_pseudo_id" DESC NULLS LAST) AS "rn" FROM "practice_registrations" AS "t" WHERE ((("t"."start_date" <= DATE '2020-01-01') AND (("t"."end_date" > DATE '2020-01-01') OR ("t"."end_date" IS NULL))) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."practice_pseudo_id" AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: registration exists on date
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" WHERE ((("t"."start_date" <= DATE '2020-01-01') AND (("t"."end_date" > DATE '2020-01-01') OR ("t"."end_date" IS NULL))) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5"))) GROUP BY "t"."patient_id";

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: age on date
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 013
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2020-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2020-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2020-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

-- === case: sex
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 013
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."sex" AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

-- === case: has coded event
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN ('195967001', '73211009')) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5"))) GROUP BY "t"."patient_id";

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", ("j1"."patient_id" IS NOT NULL) AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: last numeric value
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."numeric_value" AS "numeric_value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."numeric_value" AS "numeric_value", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" DESC NULLS LAST, "t"."numeric_value" DESC NULLS LAST) AS "rn" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '73211009') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."numeric_value" AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: first event date in codelist
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" ASC NULLS FIRST) AS "rn" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN ('38341003')) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5")))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."date" AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: count of medications
-- Run query 001 / 015
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 015
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 015
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 015
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 015
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 015
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 015
CREATE TABLE "ehrql_golden_tmp_6" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "medications" AS "t" WHERE (("t"."dmd_code" IN ('39113611000001102')) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "ehrql_golden_population_5"))) GROUP BY "t"."patient_id";

-- Run query 011 / 015
CREATE TABLE "ehrql_golden_results_7" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_6" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 012 / 015
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Run query 013 / 015
DROP TABLE IF EXISTS "ehrql_golden_tmp_6";

-- Fetch results from query 014 / 015
SELECT "patient_id", "v" FROM "ehrql_golden_results_7" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 015 / 015
DROP TABLE IF EXISTS "ehrql_golden_results_7";

-- === case: mean numeric value
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST("t"."numeric_value" AS DOUBLE)) AS DOUBLE) AS "value_1" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 013
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 009 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."value_1" AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 010 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

-- === case: alive on
-- Run query 001 / 013
CREATE TABLE "ehrql_golden_patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t";

-- Run query 002 / 013
CREATE TABLE "ehrql_golden_tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 013
CREATE TABLE "ehrql_golden_tmp_3" AS SELECT "t"."patient_id" AS "patient_id" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 004 / 013
CREATE TABLE "ehrql_golden_tmp_4" AS SELECT "t"."patient_id" AS "patient_id" FROM "medications" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 013
CREATE TABLE "ehrql_golden_population_5" AS SELECT "ids"."patient_id" AS "patient_id" FROM "ehrql_golden_patient_ids_1" AS "ids" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_2" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_3" AS "j3" ON ("j3"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "ehrql_golden_tmp_4" AS "j4" ON ("j4"."patient_id" = "ids"."patient_id") WHERE (((("j1"."patient_id" IS NOT NULL) OR ("j2"."patient_id" IS NOT NULL)) OR ("j3"."patient_id" IS NOT NULL)) OR ("j4"."patient_id" IS NOT NULL));

-- Run query 006 / 013
DROP TABLE IF EXISTS "ehrql_golden_patient_ids_1";

-- Run query 007 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_2";

-- Run query 008 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_3";

-- Run query 009 / 013
DROP TABLE IF EXISTS "ehrql_golden_tmp_4";

-- Run query 010 / 013
CREATE TABLE "ehrql_golden_results_6" AS SELECT "pop"."patient_id" AS "patient_id", (("j1"."date_of_death" > DATE '2023-06-01') OR ("j1"."date_of_death" IS NULL)) AS "v" FROM "ehrql_golden_population_5" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 011 / 013
DROP TABLE IF EXISTS "ehrql_golden_population_5";

-- Fetch results from query 012 / 013
SELECT "patient_id", "v" FROM "ehrql_golden_results_6" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 013 / 013
DROP TABLE IF EXISTS "ehrql_golden_results_6";

