-- === dataset: study
-- Run query 001 / 035
CREATE TEMPORARY TABLE "patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t";

-- Run query 002 / 035
CREATE TEMPORARY TABLE "tmp_2" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "practice_pseudo_id", struct_extract("g"."picked", 'v2') AS "start_date" FROM (SELECT "t"."patient_id" AS "patient_id", arg_max(struct_pack("v0" := TRUE, "v1" := "t"."practice_pseudo_id", "v2" := "t"."start_date"), struct_pack("n0" := TRUE, "n1" := ("t"."start_date" IS NOT NULL), "k1" := COALESCE("t"."start_date", DATE '0001-01-01'), "n2" := ("t"."practice_pseudo_id" IS NOT NULL), "k2" := COALESCE("t"."practice_pseudo_id", 0))) AS "picked" FROM "practice_registrations" AS "t" WHERE (("t"."start_date" <= DATE '2022-01-01') AND (("t"."end_date" > DATE '2022-01-01') OR ("t"."end_date" IS NULL))) GROUP BY "t"."patient_id") AS "g";

-- Run query 003 / 035
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_1" AS "ids" LEFT OUTER JOIN "tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "patients" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) AND (("j2"."date_of_death" IS NULL) OR ("j2"."date_of_death" > DATE '2022-01-01')));

-- Run query 004 / 035
DROP TABLE IF EXISTS "patient_ids_1";

-- Run query 005 / 035
CREATE TEMPORARY TABLE "inline_data_4" ("value" VARCHAR);

-- Run query 006 / 035
INSERT INTO "inline_data_4" ("value") VALUES ('100000'), ('100007'), ('100014'), ('100021'), ('100028'), ('100035'), ('100042'), ('100049'), ('100056'), ('100063'), ('100070'), ('100077'), ('100084'), ('100091'), ('100098'), ('100105'), ('100112'), ('100119'), ('100126'), ('100133'), ('100140'), ('100147'), ('100154'), ('100161'), ('100168'), ('100175'), ('100182'), ('100189'), ('100196'), ('100203'), ('100210'), ('100217'), ('100224'), ('100231'), ('100238'), ('100245'), ('100252'), ('100259'), ('100266'), ('100273');

-- Run query 007 / 035
CREATE TEMPORARY TABLE "tmp_5" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")) AND ("t"."date" < DATE '2022-01-01')) GROUP BY "t"."patient_id";

-- Run query 008 / 035
CREATE TEMPORARY TABLE "tmp_6" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", arg_min(struct_pack("v0" := TRUE, "v1" := "t"."date"), struct_pack("n0" := TRUE, "n1" := ("t"."date" IS NOT NULL), "k1" := COALESCE("t"."date", DATE '0001-01-01'))) AS "picked" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")) AND ("t"."date" < DATE '2022-01-01')) GROUP BY "t"."patient_id") AS "g";

-- Run query 009 / 035
CREATE TEMPORARY TABLE "tmp_7" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "date", struct_extract("g"."picked", 'v2') AS "numeric_value" FROM (SELECT "t"."patient_id" AS "patient_id", arg_max(struct_pack("v0" := TRUE, "v1" := "t"."date", "v2" := "t"."numeric_value"), struct_pack("n0" := TRUE, "n1" := ("t"."date" IS NOT NULL), "k1" := COALESCE("t"."date", DATE '0001-01-01'), "n2" := ("t"."numeric_value" IS NOT NULL), "k2" := COALESCE("t"."numeric_value", CAST(0.0 AS DOUBLE)))) AS "picked" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")) AND ("t"."date" < DATE '2022-01-01')) GROUP BY "t"."patient_id") AS "g";

-- Run query 010 / 035
CREATE TEMPORARY TABLE "tmp_8" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN ('100280', '100287', '100294', '100301', '100308', '100315', '100322', '100329', '100336', '100343', '100350', '100357', '100364', '100371', '100378', '100385', '100392', '100399', '100406', '100413')) AND (("t"."date" >= DATE '2021-01-01') AND ("t"."date" < DATE '2022-01-01'))) GROUP BY "t"."patient_id";

-- Run query 011 / 035
CREATE TEMPORARY TABLE "tmp_9" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."snomedct_code") AS BIGINT) AS "value_1", (COUNT(*) FILTER (WHERE ("t"."snomedct_code" IN ('100280', '100287', '100294', '100301', '100308', '100315', '100322', '100329', '100336', '100343', '100350', '100357', '100364', '100371', '100378', '100385', '100392', '100399', '100406', '100413'))) > 0) AS "value_2", MAX("t"."numeric_value") FILTER (WHERE ("t"."snomedct_code" = '100035')) AS "value_3", CAST(AVG(CAST("t"."numeric_value" AS DOUBLE)) FILTER (WHERE ("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4"))) AS DOUBLE) AS "value_4" FROM "clinical_events" AS "t" GROUP BY "t"."patient_id";

-- Run query 012 / 035
CREATE TEMPORARY TABLE "tmp_10" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", arg_min(struct_pack("v0" := TRUE, "v1" := "t"."date"), struct_pack("n0" := TRUE, "n1" := ("t"."date" IS NOT NULL), "k1" := COALESCE("t"."date", DATE '0001-01-01'))) AS "picked" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" IN ('100280', '100287', '100294', '100301', '100308', '100315', '100322', '100329', '100336', '100343', '100350', '100357', '100364', '100371', '100378', '100385', '100392', '100399', '100406', '100413')) GROUP BY "t"."patient_id") AS "g";

-- Run query 013 / 035
CREATE TEMPORARY TABLE "tmp_11" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1", (COUNT(*) FILTER (WHERE ("t"."date" >= DATE '2021-01-01')) > 0) AS "value_2" FROM "medications" AS "t" WHERE ("t"."dmd_code" IN ('100000', '100007', '100014', '100021', '100028', '100035', '100042', '100049', '100056', '100063', '100070', '100077', '100084', '100091', '100098', '100105', '100112', '100119', '100126', '100133', '100140', '100147', '100154', '100161', '100168', '100175', '100182', '100189', '100196', '100203')) GROUP BY "t"."patient_id";

-- Run query 014 / 035
CREATE TEMPORARY TABLE "tmp_12" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", arg_min(struct_pack("v0" := TRUE, "v1" := "t"."date"), struct_pack("n0" := TRUE, "n1" := ("t"."date" IS NOT NULL), "k1" := COALESCE("t"."date", DATE '0001-01-01'))) AS "picked" FROM "medications" AS "t" WHERE ("t"."dmd_code" IN ('100000', '100007', '100014', '100021', '100028', '100035', '100042', '100049', '100056', '100063', '100070', '100077', '100084', '100091', '100098', '100105', '100112', '100119', '100126', '100133', '100140', '100147', '100154', '100161', '100168', '100175', '100182', '100189', '100196', '100203')) GROUP BY "t"."patient_id") AS "g";

-- Run query 015 / 035
CREATE TEMPORARY TABLE "tmp_13" AS SELECT "g"."patient_id" AS "patient_id", struct_extract("g"."picked", 'v1') AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", arg_max(struct_pack("v0" := TRUE, "v1" := "t"."date"), struct_pack("n0" := TRUE, "n1" := ("t"."date" IS NOT NULL), "k1" := COALESCE("t"."date", DATE '0001-01-01'))) AS "picked" FROM "medications" AS "t" WHERE ("t"."dmd_code" IN ('100000', '100007', '100014', '100021', '100028', '100035', '100042', '100049', '100056', '100063', '100070', '100077', '100084', '100091', '100098', '100105', '100112', '100119', '100126', '100133', '100140', '100147', '100154', '100161', '100168', '100175', '100182', '100189', '100196', '100203')) GROUP BY "t"."patient_id") AS "g";

-- Run query 016 / 035
CREATE TEMPORARY TABLE "tmp_14" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (CAST(("d" - "prev") AS BIGINT) > 30)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "d", LAG("t"."date") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date") AS "prev" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")) AND ("t"."date" IS NOT NULL))) AS "episodes" GROUP BY "patient_id";

-- Run query 017 / 035
CREATE TEMPORARY VIEW "results_15" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "age", "j1"."sex" AS "sex", "j2"."practice_pseudo_id" AS "practice", "j2"."start_date" AS "registered_since", COALESCE("j3"."value_1", 0) AS "asthma_count", ("j3"."patient_id" IS NOT NULL) AS "has_asthma", "j4"."date" AS "first_asthma", "j5"."date" AS "last_asthma", "j5"."numeric_value" AS "last_asthma_value", COALESCE("j6"."value_1", 0) AS "diabetes_last_year", COALESCE("j7"."value_2", FALSE) AS "has_diabetes", "j8"."date" AS "first_diabetes", "j7"."value_3" AS "max_hba1c", "j7"."value_4" AS "mean_asthma_value", COALESCE("j9"."value_1", 0) AS "statin_count", "j10"."date" AS "first_statin", "j11"."date" AS "last_statin", COALESCE("j9"."value_2", FALSE) AS "statin_last_year", COALESCE("j7"."value_1", 0) AS "distinct_codes", CASE WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 18) THEN '0-17' WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 40) THEN '18-39' WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 65) THEN '40-64' ELSE '65+' END AS "age_band", COALESCE("j12"."value", 0) AS "episodes", ((((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j2"."start_date") AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(MONTH FROM "j2"."start_date") AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j2"."start_date") AS BIGINT)) THEN 1 ELSE 0 END) AS "months_registered" FROM "population_3" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_2" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_5" AS "j3" ON ("j3"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_6" AS "j4" ON ("j4"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_7" AS "j5" ON ("j5"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_8" AS "j6" ON ("j6"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_9" AS "j7" ON ("j7"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_10" AS "j8" ON ("j8"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_11" AS "j9" ON ("j9"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_12" AS "j10" ON ("j10"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_13" AS "j11" ON ("j11"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_14" AS "j12" ON ("j12"."patient_id" = "pop"."patient_id");

-- Run query 018 / 035
CREATE TEMPORARY TABLE "results_16" AS SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", "t"."snomedct_code" AS "code", "t"."numeric_value" AS "value", ((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "age", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "clinical_events" AS "t" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "t"."patient_id") WHERE (("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")) AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3")));

-- Run query 019 / 035
DROP TABLE IF EXISTS "inline_data_4";

-- Fetch results from query 020 / 035
SELECT "patient_id", "age", "sex", "practice", "registered_since", "asthma_count", "has_asthma", "first_asthma", "last_asthma", "last_asthma_value", "diabetes_last_year", "has_diabetes", "first_diabetes", "max_hba1c", "mean_asthma_value", "statin_count", "first_statin", "last_statin", "statin_last_year", "distinct_codes", "age_band", "episodes", "months_registered" FROM "results_15" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 021 / 035
SELECT "patient_id", "date", "code", "value", "age" FROM "results_16" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 022 / 035
DROP VIEW IF EXISTS "results_15";

-- Run query 023 / 035
DROP TABLE IF EXISTS "results_16";

-- Run query 024 / 035
DROP TABLE IF EXISTS "tmp_2";

-- Run query 025 / 035
DROP TABLE IF EXISTS "population_3";

-- Run query 026 / 035
DROP TABLE IF EXISTS "tmp_5";

-- Run query 027 / 035
DROP TABLE IF EXISTS "tmp_6";

-- Run query 028 / 035
DROP TABLE IF EXISTS "tmp_7";

-- Run query 029 / 035
DROP TABLE IF EXISTS "tmp_8";

-- Run query 030 / 035
DROP TABLE IF EXISTS "tmp_9";

-- Run query 031 / 035
DROP TABLE IF EXISTS "tmp_10";

-- Run query 032 / 035
DROP TABLE IF EXISTS "tmp_11";

-- Run query 033 / 035
DROP TABLE IF EXISTS "tmp_12";

-- Run query 034 / 035
DROP TABLE IF EXISTS "tmp_13";

-- Run query 035 / 035
DROP TABLE IF EXISTS "tmp_14";

-- === dataset: many joins
-- Run query 001 / 049
CREATE TEMPORARY TABLE "patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t";

-- Run query 002 / 049
CREATE TEMPORARY TABLE "tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 003 / 049
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_1" AS "ids" LEFT OUTER JOIN "tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 004 / 049
DROP TABLE IF EXISTS "patient_ids_1";

-- Run query 005 / 049
DROP TABLE IF EXISTS "tmp_2";

-- Run query 006 / 049
CREATE TEMPORARY TABLE "tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100000') GROUP BY "t"."patient_id";

-- Run query 007 / 049
CREATE TEMPORARY TABLE "tmp_5" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100007') GROUP BY "t"."patient_id";

-- Run query 008 / 049
CREATE TEMPORARY TABLE "tmp_6" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100014') GROUP BY "t"."patient_id";

-- Run query 009 / 049
CREATE TEMPORARY TABLE "tmp_7" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100021') GROUP BY "t"."patient_id";

-- Run query 010 / 049
CREATE TEMPORARY TABLE "tmp_8" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100028') GROUP BY "t"."patient_id";

-- Run query 011 / 049
CREATE TEMPORARY TABLE "tmp_9" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100035') GROUP BY "t"."patient_id";

-- Run query 012 / 049
CREATE TEMPORARY TABLE "tmp_10" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100042') GROUP BY "t"."patient_id";

-- Run query 013 / 049
CREATE TEMPORARY TABLE "tmp_11" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100049') GROUP BY "t"."patient_id";

-- Run query 014 / 049
CREATE TEMPORARY TABLE "tmp_12" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100056') GROUP BY "t"."patient_id";

-- Run query 015 / 049
CREATE TEMPORARY TABLE "tmp_13" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100063') GROUP BY "t"."patient_id";

-- Run query 016 / 049
CREATE TEMPORARY TABLE "tmp_14" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100070') GROUP BY "t"."patient_id";

-- Run query 017 / 049
CREATE TEMPORARY TABLE "tmp_15" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100077') GROUP BY "t"."patient_id";

-- Run query 018 / 049
CREATE TEMPORARY TABLE "tmp_16" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100084') GROUP BY "t"."patient_id";

-- Run query 019 / 049
CREATE TEMPORARY TABLE "tmp_17" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100091') GROUP BY "t"."patient_id";

-- Run query 020 / 049
CREATE TEMPORARY TABLE "tmp_18" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100098') GROUP BY "t"."patient_id";

-- Run query 021 / 049
CREATE TEMPORARY TABLE "tmp_19" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100105') GROUP BY "t"."patient_id";

-- Run query 022 / 049
CREATE TEMPORARY TABLE "tmp_20" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100112') GROUP BY "t"."patient_id";

-- Run query 023 / 049
CREATE TEMPORARY TABLE "tmp_21" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100119') GROUP BY "t"."patient_id";

-- Run query 024 / 049
CREATE TEMPORARY TABLE "tmp_22" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100126') GROUP BY "t"."patient_id";

-- Run query 025 / 049
CREATE TEMPORARY TABLE "tmp_23" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."snomedct_code" = '100133') GROUP BY "t"."patient_id";

-- Run query 026 / 049
CREATE TEMPORARY VIEW "results_24" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v0", COALESCE("j2"."value_1", 0) AS "v1", COALESCE("j3"."value_1", 0) AS "v2", COALESCE("j4"."value_1", 0) AS "v3", COALESCE("j5"."value_1", 0) AS "v4", COALESCE("j6"."value_1", 0) AS "v5", COALESCE("j7"."value_1", 0) AS "v6", COALESCE("j8"."value_1", 0) AS "v7", COALESCE("j9"."value_1", 0) AS "v8", COALESCE("j10"."value_1", 0) AS "v9", COALESCE("j11"."value_1", 0) AS "v10", COALESCE("j12"."value_1", 0) AS "v11", COALESCE("j13"."value_1", 0) AS "v12", COALESCE("j14"."value_1", 0) AS "v13", COALESCE("j15"."value_1", 0) AS "v14", COALESCE("j16"."value_1", 0) AS "v15", COALESCE("j17"."value_1", 0) AS "v16", COALESCE("j18"."value_1", 0) AS "v17", COALESCE("j19"."value_1", 0) AS "v18", COALESCE("j20"."value_1", 0) AS "v19" FROM "population_3" AS "pop" LEFT OUTER JOIN "tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_5" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_6" AS "j3" ON ("j3"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_7" AS "j4" ON ("j4"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_8" AS "j5" ON ("j5"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_9" AS "j6" ON ("j6"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_10" AS "j7" ON ("j7"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_11" AS "j8" ON ("j8"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_12" AS "j9" ON ("j9"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_13" AS "j10" ON ("j10"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_14" AS "j11" ON ("j11"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_15" AS "j12" ON ("j12"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_16" AS "j13" ON ("j13"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_17" AS "j14" ON ("j14"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_18" AS "j15" ON ("j15"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_19" AS "j16" ON ("j16"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_20" AS "j17" ON ("j17"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_21" AS "j18" ON ("j18"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_22" AS "j19" ON ("j19"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_23" AS "j20" ON ("j20"."patient_id" = "pop"."patient_id");

-- Fetch results from query 027 / 049
SELECT "patient_id", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19" FROM "results_24" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 028 / 049
DROP VIEW IF EXISTS "results_24";

-- Run query 029 / 049
DROP TABLE IF EXISTS "population_3";

-- Run query 030 / 049
DROP TABLE IF EXISTS "tmp_4";

-- Run query 031 / 049
DROP TABLE IF EXISTS "tmp_5";

-- Run query 032 / 049
DROP TABLE IF EXISTS "tmp_6";

-- Run query 033 / 049
DROP TABLE IF EXISTS "tmp_7";

-- Run query 034 / 049
DROP TABLE IF EXISTS "tmp_8";

-- Run query 035 / 049
DROP TABLE IF EXISTS "tmp_9";

-- Run query 036 / 049
DROP TABLE IF EXISTS "tmp_10";

-- Run query 037 / 049
DROP TABLE IF EXISTS "tmp_11";

-- Run query 038 / 049
DROP TABLE IF EXISTS "tmp_12";

-- Run query 039 / 049
DROP TABLE IF EXISTS "tmp_13";

-- Run query 040 / 049
DROP TABLE IF EXISTS "tmp_14";

-- Run query 041 / 049
DROP TABLE IF EXISTS "tmp_15";

-- Run query 042 / 049
DROP TABLE IF EXISTS "tmp_16";

-- Run query 043 / 049
DROP TABLE IF EXISTS "tmp_17";

-- Run query 044 / 049
DROP TABLE IF EXISTS "tmp_18";

-- Run query 045 / 049
DROP TABLE IF EXISTS "tmp_19";

-- Run query 046 / 049
DROP TABLE IF EXISTS "tmp_20";

-- Run query 047 / 049
DROP TABLE IF EXISTS "tmp_21";

-- Run query 048 / 049
DROP TABLE IF EXISTS "tmp_22";

-- Run query 049 / 049
DROP TABLE IF EXISTS "tmp_23";

-- === dataset: inline table
-- Run query 001 / 010
CREATE TEMPORARY TABLE "inline_data_1" ("patient_id" BIGINT, "n" BIGINT, "d" DATE, "s" VARCHAR);

-- Run query 002 / 010
INSERT INTO "inline_data_1" ("patient_id", "n", "d", "s") VALUES (3, 30, DATE '2020-02-29', 'it''s');

-- Run query 003 / 010
CREATE TEMPORARY TABLE "patient_ids_2" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "inline_data_1" AS "t";

-- Run query 004 / 010
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_2" AS "ids" LEFT OUTER JOIN "inline_data_1" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 005 / 010
DROP TABLE IF EXISTS "patient_ids_2";

-- Run query 006 / 010
CREATE TEMPORARY VIEW "results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s" AS "s" FROM "population_3" AS "pop" LEFT OUTER JOIN "inline_data_1" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Fetch results from query 007 / 010
SELECT "patient_id", "s" FROM "results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 008 / 010
DROP VIEW IF EXISTS "results_4";

-- Run query 009 / 010
DROP TABLE IF EXISTS "inline_data_1";

-- Run query 010 / 010
DROP TABLE IF EXISTS "population_3";

