-- === dataset: study
-- Run query 001 / 093
CREATE TEMPORARY TABLE "patient_ids_1" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" UNION SELECT "t"."patient_id" AS "patient_id" FROM "patients" AS "t";

-- Run query 002 / 093
CREATE INDEX "ix_patient_ids_1_patient_id" ON "patient_ids_1" ("patient_id");

-- Run query 003 / 093
ANALYZE "patient_ids_1";

-- Run query 004 / 093
CREATE TEMPORARY TABLE "tmp_2" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."practice_pseudo_id" AS "practice_pseudo_id", "picked"."start_date" AS "start_date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."practice_pseudo_id" AS "practice_pseudo_id", "t"."start_date" AS "start_date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."start_date" DESC NULLS LAST, "t"."practice_pseudo_id" DESC NULLS LAST) AS "rn" FROM "practice_registrations" AS "t" WHERE (("t"."start_date" <= DATE '2022-01-01') AND (("t"."end_date" > DATE '2022-01-01') OR ("t"."end_date" IS NULL)))) AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 005 / 093
CREATE INDEX "ix_tmp_2_patient_id" ON "tmp_2" ("patient_id");

-- Run query 006 / 093
ANALYZE "tmp_2";

-- Run query 007 / 093
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_1" AS "ids" LEFT OUTER JOIN "tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") LEFT OUTER JOIN "patients" AS "j2" ON ("j2"."patient_id" = "ids"."patient_id") WHERE (("j1"."patient_id" IS NOT NULL) AND (("j2"."date_of_death" IS NULL) OR ("j2"."date_of_death" > DATE '2022-01-01')));

-- Run query 008 / 093
DROP TABLE IF EXISTS "patient_ids_1";

-- Run query 009 / 093
CREATE INDEX "ix_population_3_patient_id" ON "population_3" ("patient_id");

-- Run query 010 / 093
ANALYZE "population_3";

-- Run query 011 / 093
CREATE TEMPORARY TABLE "inline_data_4" ("value" TEXT);

-- Run query 012 / 093
INSERT INTO "inline_data_4" ("value") VALUES ('100000'), ('100007'), ('100014'), ('100021'), ('100028'), ('100035'), ('100042'), ('100049'), ('100056'), ('100063'), ('100070'), ('100077'), ('100084'), ('100091'), ('100098'), ('100105'), ('100112'), ('100119'), ('100126'), ('100133'), ('100140'), ('100147'), ('100154'), ('100161'), ('100168'), ('100175'), ('100182'), ('100189'), ('100196'), ('100203'), ('100210'), ('100217'), ('100224'), ('100231'), ('100238'), ('100245'), ('100252'), ('100259'), ('100266'), ('100273');

-- Run query 013 / 093
CREATE INDEX "ix_inline_data_4_value" ON "inline_data_4" ("value");

-- Run query 014 / 093
ANALYZE "inline_data_4";

-- Run query 015 / 093
CREATE TEMPORARY TABLE "rows_5" AS SELECT "t".* FROM "clinical_events" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "population_3")) AND ("t"."snomedct_code" IN (SELECT "value" FROM "inline_data_4")));

-- Run query 016 / 093
DROP TABLE IF EXISTS "inline_data_4";

-- Run query 017 / 093
ANALYZE "rows_5";

-- Run query 018 / 093
CREATE TEMPORARY TABLE "rows_6" AS SELECT "t".* FROM "rows_5" AS "t" WHERE ("t"."date" < DATE '2022-01-01');

-- Run query 019 / 093
ANALYZE "rows_6";

-- Run query 020 / 093
CREATE TEMPORARY TABLE "tmp_7" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "rows_6" AS "t" GROUP BY "t"."patient_id";

-- Run query 021 / 093
CREATE INDEX "ix_tmp_7_patient_id" ON "tmp_7" ("patient_id");

-- Run query 022 / 093
ANALYZE "tmp_7";

-- Run query 023 / 093
CREATE TEMPORARY TABLE "tmp_8" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" ASC NULLS FIRST) AS "rn" FROM "rows_6" AS "t") AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 024 / 093
CREATE INDEX "ix_tmp_8_patient_id" ON "tmp_8" ("patient_id");

-- Run query 025 / 093
ANALYZE "tmp_8";

-- Run query 026 / 093
CREATE TEMPORARY TABLE "tmp_9" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date", "picked"."numeric_value" AS "numeric_value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", "t"."numeric_value" AS "numeric_value", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" DESC NULLS LAST, "t"."numeric_value" DESC NULLS LAST) AS "rn" FROM "rows_6" AS "t") AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 027 / 093
DROP TABLE IF EXISTS "rows_6";

-- Run query 028 / 093
CREATE INDEX "ix_tmp_9_patient_id" ON "tmp_9" ("patient_id");

-- Run query 029 / 093
ANALYZE "tmp_9";

-- Run query 030 / 093
CREATE TEMPORARY TABLE "rows_10" AS SELECT "t".* FROM "clinical_events" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "population_3")) AND ("t"."snomedct_code" IN ('100280', '100287', '100294', '100301', '100308', '100315', '100322', '100329', '100336', '100343', '100350', '100357', '100364', '100371', '100378', '100385', '100392', '100399', '100406', '100413')));

-- Run query 031 / 093
ANALYZE "rows_10";

-- Run query 032 / 093
CREATE TEMPORARY TABLE "tmp_11" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "rows_10" AS "t" WHERE (("t"."date" >= DATE '2021-01-01') AND ("t"."date" < DATE '2022-01-01')) GROUP BY "t"."patient_id";

-- Run query 033 / 093
CREATE INDEX "ix_tmp_11_patient_id" ON "tmp_11" ("patient_id");

-- Run query 034 / 093
ANALYZE "tmp_11";

-- Run query 035 / 093
CREATE TEMPORARY TABLE "tmp_12" AS SELECT "t"."patient_id" AS "patient_id" FROM "rows_10" AS "t" GROUP BY "t"."patient_id";

-- Run query 036 / 093
CREATE INDEX "ix_tmp_12_patient_id" ON "tmp_12" ("patient_id");

-- Run query 037 / 093
ANALYZE "tmp_12";

-- Run query 038 / 093
CREATE TEMPORARY TABLE "tmp_13" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" ASC NULLS FIRST) AS "rn" FROM "rows_10" AS "t") AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 039 / 093
DROP TABLE IF EXISTS "rows_10";

-- Run query 040 / 093
CREATE INDEX "ix_tmp_13_patient_id" ON "tmp_13" ("patient_id");

-- Run query 041 / 093
ANALYZE "tmp_13";

-- Run query 042 / 093
CREATE TEMPORARY TABLE "tmp_14" AS SELECT "t"."patient_id" AS "patient_id", MAX("t"."numeric_value") AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100035') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 043 / 093
CREATE INDEX "ix_tmp_14_patient_id" ON "tmp_14" ("patient_id");

-- Run query 044 / 093
ANALYZE "tmp_14";

-- Run query 045 / 093
CREATE TEMPORARY TABLE "tmp_15" AS SELECT "t"."patient_id" AS "patient_id", CAST(AVG(CAST("t"."numeric_value" AS DOUBLE PRECISION)) AS DOUBLE PRECISION) AS "value_1" FROM "rows_5" AS "t" GROUP BY "t"."patient_id";

-- Run query 046 / 093
CREATE INDEX "ix_tmp_15_patient_id" ON "tmp_15" ("patient_id");

-- Run query 047 / 093
ANALYZE "tmp_15";

-- Run query 048 / 093
CREATE TEMPORARY TABLE "rows_16" AS SELECT "t".* FROM "medications" AS "t" WHERE (("t"."patient_id" IN (SELECT "patient_id" FROM "population_3")) AND ("t"."dmd_code" IN ('100000', '100007', '100014', '100021', '100028', '100035', '100042', '100049', '100056', '100063', '100070', '100077', '100084', '100091', '100098', '100105', '100112', '100119', '100126', '100133', '100140', '100147', '100154', '100161', '100168', '100175', '100182', '100189', '100196', '100203')));

-- Run query 049 / 093
ANALYZE "rows_16";

-- Run query 050 / 093
CREATE TEMPORARY TABLE "tmp_17" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(*) AS BIGINT) AS "value_1" FROM "rows_16" AS "t" GROUP BY "t"."patient_id";

-- Run query 051 / 093
CREATE INDEX "ix_tmp_17_patient_id" ON "tmp_17" ("patient_id");

-- Run query 052 / 093
ANALYZE "tmp_17";

-- Run query 053 / 093
CREATE TEMPORARY TABLE "tmp_18" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" ASC NULLS FIRST) AS "rn" FROM "rows_16" AS "t") AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 054 / 093
CREATE INDEX "ix_tmp_18_patient_id" ON "tmp_18" ("patient_id");

-- Run query 055 / 093
ANALYZE "tmp_18";

-- Run query 056 / 093
CREATE TEMPORARY TABLE "tmp_19" AS SELECT "picked"."patient_id" AS "patient_id", "picked"."date" AS "date" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", ROW_NUMBER() OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date" DESC NULLS LAST) AS "rn" FROM "rows_16" AS "t") AS "picked" WHERE ("picked"."rn" = 1);

-- Run query 057 / 093
CREATE INDEX "ix_tmp_19_patient_id" ON "tmp_19" ("patient_id");

-- Run query 058 / 093
ANALYZE "tmp_19";

-- Run query 059 / 093
CREATE TEMPORARY TABLE "tmp_20" AS SELECT "t"."patient_id" AS "patient_id" FROM "rows_16" AS "t" WHERE ("t"."date" >= DATE '2021-01-01') GROUP BY "t"."patient_id";

-- Run query 060 / 093
DROP TABLE IF EXISTS "rows_16";

-- Run query 061 / 093
CREATE INDEX "ix_tmp_20_patient_id" ON "tmp_20" ("patient_id");

-- Run query 062 / 093
ANALYZE "tmp_20";

-- Run query 063 / 093
CREATE TEMPORARY TABLE "tmp_21" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."snomedct_code") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3")) GROUP BY "t"."patient_id";

-- Run query 064 / 093
CREATE INDEX "ix_tmp_21_patient_id" ON "tmp_21" ("patient_id");

-- Run query 065 / 093
ANALYZE "tmp_21";

-- Run query 066 / 093
CREATE TEMPORARY TABLE "tmp_22" AS SELECT "patient_id" AS "patient_id", CAST(SUM(CASE WHEN (("prev" IS NULL) OR (CAST(("d" - "prev") AS BIGINT) > 30)) THEN 1 ELSE 0 END) AS BIGINT) AS "value" FROM (SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "d", LAG("t"."date") OVER (PARTITION BY "t"."patient_id" ORDER BY "t"."date") AS "prev" FROM "rows_5" AS "t" WHERE ("t"."date" IS NOT NULL)) AS "episodes" GROUP BY "patient_id";

-- Run query 067 / 093
CREATE INDEX "ix_tmp_22_patient_id" ON "tmp_22" ("patient_id");

-- Run query 068 / 093
ANALYZE "tmp_22";

-- Run query 069 / 093
CREATE TEMPORARY TABLE "results_23" AS SELECT "pop"."patient_id" AS "patient_id", ((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "age", "j1"."sex" AS "sex", "j2"."practice_pseudo_id" AS "practice", "j2"."start_date" AS "registered_since", COALESCE("j3"."value_1", 0) AS "asthma_count", ("j3"."patient_id" IS NOT NULL) AS "has_asthma", "j4"."date" AS "first_asthma", "j5"."date" AS "last_asthma", "j5"."numeric_value" AS "last_asthma_value", COALESCE("j6"."value_1", 0) AS "diabetes_last_year", ("j7"."patient_id" IS NOT NULL) AS "has_diabetes", "j8"."date" AS "first_diabetes", "j9"."value_1" AS "max_hba1c", "j10"."value_1" AS "mean_asthma_value", COALESCE("j11"."value_1", 0) AS "statin_count", "j12"."date" AS "first_statin", "j13"."date" AS "last_statin", ("j14"."patient_id" IS NOT NULL) AS "statin_last_year", COALESCE("j15"."value_1", 0) AS "distinct_codes", CASE WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 18) THEN '0-17' WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 40) THEN '18-39' WHEN (((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) < 65) THEN '40-64' ELSE '65+' END AS "age_band", COALESCE("j16"."value", 0) AS "episodes", ((((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j2"."start_date") AS BIGINT)) * 12) + (CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(MONTH FROM "j2"."start_date") AS BIGINT))) - CASE WHEN (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j2"."start_date") AS BIGINT)) THEN 1 ELSE 0 END) AS "months_registered" FROM "population_3" AS "pop" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_2" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_7" AS "j3" ON ("j3"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_8" AS "j4" ON ("j4"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_9" AS "j5" ON ("j5"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_11" AS "j6" ON ("j6"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_12" AS "j7" ON ("j7"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_13" AS "j8" ON ("j8"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_14" AS "j9" ON ("j9"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_15" AS "j10" ON ("j10"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_17" AS "j11" ON ("j11"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_18" AS "j12" ON ("j12"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_19" AS "j13" ON ("j13"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_20" AS "j14" ON ("j14"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_21" AS "j15" ON ("j15"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_22" AS "j16" ON ("j16"."patient_id" = "pop"."patient_id");

-- Run query 070 / 093
DROP TABLE IF EXISTS "tmp_2";

-- Run query 071 / 093
DROP TABLE IF EXISTS "population_3";

-- Run query 072 / 093
DROP TABLE IF EXISTS "tmp_7";

-- Run query 073 / 093
DROP TABLE IF EXISTS "tmp_8";

-- Run query 074 / 093
DROP TABLE IF EXISTS "tmp_9";

-- Run query 075 / 093
DROP TABLE IF EXISTS "tmp_11";

-- Run query 076 / 093
DROP TABLE IF EXISTS "tmp_12";

-- Run query 077 / 093
DROP TABLE IF EXISTS "tmp_13";

-- Run query 078 / 093
DROP TABLE IF EXISTS "tmp_14";

-- Run query 079 / 093
DROP TABLE IF EXISTS "tmp_15";

-- Run query 080 / 093
DROP TABLE IF EXISTS "tmp_17";

-- Run query 081 / 093
DROP TABLE IF EXISTS "tmp_18";

-- Run query 082 / 093
DROP TABLE IF EXISTS "tmp_19";

-- Run query 083 / 093
DROP TABLE IF EXISTS "tmp_20";

-- Run query 084 / 093
DROP TABLE IF EXISTS "tmp_21";

-- Run query 085 / 093
DROP TABLE IF EXISTS "tmp_22";

-- Run query 086 / 093
CREATE INDEX "ix_results_23_patient_id" ON "results_23" ("patient_id");

-- Run query 087 / 093
CREATE TEMPORARY TABLE "results_24" AS SELECT "t"."patient_id" AS "patient_id", "t"."date" AS "date", "t"."snomedct_code" AS "code", "t"."numeric_value" AS "value", ((CAST(EXTRACT(YEAR FROM DATE '2022-01-01') AS BIGINT) - CAST(EXTRACT(YEAR FROM "j1"."date_of_birth") AS BIGINT)) - CASE WHEN ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) OR ((CAST(EXTRACT(MONTH FROM DATE '2022-01-01') AS BIGINT) = CAST(EXTRACT(MONTH FROM "j1"."date_of_birth") AS BIGINT)) AND (CAST(EXTRACT(DAY FROM DATE '2022-01-01') AS BIGINT) < CAST(EXTRACT(DAY FROM "j1"."date_of_birth") AS BIGINT)))) THEN 1 ELSE 0 END) AS "age", ROW_NUMBER() OVER (ORDER BY "t"."patient_id" ASC NULLS FIRST) AS "row_id" FROM "rows_5" AS "t" LEFT OUTER JOIN "patients" AS "j1" ON ("j1"."patient_id" = "t"."patient_id");

-- Run query 088 / 093
DROP TABLE IF EXISTS "rows_5";

-- Run query 089 / 093
CREATE INDEX "ix_results_24_row_id" ON "results_24" ("row_id");

-- Fetch results from query 090 / 093
SELECT "patient_id", "age", "sex", "practice", "registered_since", "asthma_count", "has_asthma", "first_asthma", "last_asthma", "last_asthma_value", "diabetes_last_year", "has_diabetes", "first_diabetes", "max_hba1c", "mean_asthma_value", "statin_count", "first_statin", "last_statin", "statin_last_year", "distinct_codes", "age_band", "episodes", "months_registered" FROM "results_23" ORDER BY "patient_id" ASC NULLS FIRST;

-- Fetch results from query 091 / 093
SELECT "patient_id", "date", "code", "value", "age" FROM "results_24" ORDER BY "row_id" ASC NULLS FIRST;

-- Run query 092 / 093
DROP TABLE IF EXISTS "results_23";

-- Run query 093 / 093
DROP TABLE IF EXISTS "results_24";

-- === dataset: many joins
-- Run query 001 / 104
CREATE TEMPORARY TABLE "patient_ids_1" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t";

-- Run query 002 / 104
CREATE INDEX "ix_patient_ids_1_patient_id" ON "patient_ids_1" ("patient_id");

-- Run query 003 / 104
ANALYZE "patient_ids_1";

-- Run query 004 / 104
CREATE TEMPORARY TABLE "tmp_2" AS SELECT "t"."patient_id" AS "patient_id" FROM "practice_registrations" AS "t" GROUP BY "t"."patient_id";

-- Run query 005 / 104
CREATE INDEX "ix_tmp_2_patient_id" ON "tmp_2" ("patient_id");

-- Run query 006 / 104
ANALYZE "tmp_2";

-- Run query 007 / 104
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_1" AS "ids" LEFT OUTER JOIN "tmp_2" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 008 / 104
DROP TABLE IF EXISTS "patient_ids_1";

-- Run query 009 / 104
DROP TABLE IF EXISTS "tmp_2";

-- Run query 010 / 104
CREATE INDEX "ix_population_3_patient_id" ON "population_3" ("patient_id");

-- Run query 011 / 104
ANALYZE "population_3";

-- Run query 012 / 104
CREATE TEMPORARY TABLE "tmp_4" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100000') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 013 / 104
CREATE INDEX "ix_tmp_4_patient_id" ON "tmp_4" ("patient_id");

-- Run query 014 / 104
ANALYZE "tmp_4";

-- Run query 015 / 104
CREATE TEMPORARY TABLE "tmp_5" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100007') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 016 / 104
CREATE INDEX "ix_tmp_5_patient_id" ON "tmp_5" ("patient_id");

-- Run query 017 / 104
ANALYZE "tmp_5";

-- Run query 018 / 104
CREATE TEMPORARY TABLE "tmp_6" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100014') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 019 / 104
CREATE INDEX "ix_tmp_6_patient_id" ON "tmp_6" ("patient_id");

-- Run query 020 / 104
ANALYZE "tmp_6";

-- Run query 021 / 104
CREATE TEMPORARY TABLE "tmp_7" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100021') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 022 / 104
CREATE INDEX "ix_tmp_7_patient_id" ON "tmp_7" ("patient_id");

-- Run query 023 / 104
ANALYZE "tmp_7";

-- Run query 024 / 104
CREATE TEMPORARY TABLE "tmp_8" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100028') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 025 / 104
CREATE INDEX "ix_tmp_8_patient_id" ON "tmp_8" ("patient_id");

-- Run query 026 / 104
ANALYZE "tmp_8";

-- Run query 027 / 104
CREATE TEMPORARY TABLE "tmp_9" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100035') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 028 / 104
CREATE INDEX "ix_tmp_9_patient_id" ON "tmp_9" ("patient_id");

-- Run query 029 / 104
ANALYZE "tmp_9";

-- Run query 030 / 104
CREATE TEMPORARY TABLE "tmp_10" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100042') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 031 / 104
CREATE INDEX "ix_tmp_10_patient_id" ON "tmp_10" ("patient_id");

-- Run query 032 / 104
ANALYZE "tmp_10";

-- Run query 033 / 104
CREATE TEMPORARY TABLE "tmp_11" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100049') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 034 / 104
CREATE INDEX "ix_tmp_11_patient_id" ON "tmp_11" ("patient_id");

-- Run query 035 / 104
ANALYZE "tmp_11";

-- Run query 036 / 104
CREATE TEMPORARY TABLE "tmp_12" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100056') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 037 / 104
CREATE INDEX "ix_tmp_12_patient_id" ON "tmp_12" ("patient_id");

-- Run query 038 / 104
ANALYZE "tmp_12";

-- Run query 039 / 104
CREATE TEMPORARY TABLE "tmp_13" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100063') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 040 / 104
CREATE INDEX "ix_tmp_13_patient_id" ON "tmp_13" ("patient_id");

-- Run query 041 / 104
ANALYZE "tmp_13";

-- Run query 042 / 104
CREATE TEMPORARY TABLE "tmp_14" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100070') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 043 / 104
CREATE INDEX "ix_tmp_14_patient_id" ON "tmp_14" ("patient_id");

-- Run query 044 / 104
ANALYZE "tmp_14";

-- Run query 045 / 104
CREATE TEMPORARY TABLE "tmp_15" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100077') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 046 / 104
CREATE INDEX "ix_tmp_15_patient_id" ON "tmp_15" ("patient_id");

-- Run query 047 / 104
ANALYZE "tmp_15";

-- Run query 048 / 104
CREATE TEMPORARY TABLE "tmp_16" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100084') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 049 / 104
CREATE INDEX "ix_tmp_16_patient_id" ON "tmp_16" ("patient_id");

-- Run query 050 / 104
ANALYZE "tmp_16";

-- Run query 051 / 104
CREATE TEMPORARY TABLE "tmp_17" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100091') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 052 / 104
CREATE INDEX "ix_tmp_17_patient_id" ON "tmp_17" ("patient_id");

-- Run query 053 / 104
ANALYZE "tmp_17";

-- Run query 054 / 104
CREATE TEMPORARY TABLE "tmp_18" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100098') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 055 / 104
CREATE INDEX "ix_tmp_18_patient_id" ON "tmp_18" ("patient_id");

-- Run query 056 / 104
ANALYZE "tmp_18";

-- Run query 057 / 104
CREATE TEMPORARY TABLE "tmp_19" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100105') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 058 / 104
CREATE INDEX "ix_tmp_19_patient_id" ON "tmp_19" ("patient_id");

-- Run query 059 / 104
ANALYZE "tmp_19";

-- Run query 060 / 104
CREATE TEMPORARY TABLE "tmp_20" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100112') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 061 / 104
CREATE INDEX "ix_tmp_20_patient_id" ON "tmp_20" ("patient_id");

-- Run query 062 / 104
ANALYZE "tmp_20";

-- Run query 063 / 104
CREATE TEMPORARY TABLE "tmp_21" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100119') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 064 / 104
CREATE INDEX "ix_tmp_21_patient_id" ON "tmp_21" ("patient_id");

-- Run query 065 / 104
ANALYZE "tmp_21";

-- Run query 066 / 104
CREATE TEMPORARY TABLE "tmp_22" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100126') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 067 / 104
CREATE INDEX "ix_tmp_22_patient_id" ON "tmp_22" ("patient_id");

-- Run query 068 / 104
ANALYZE "tmp_22";

-- Run query 069 / 104
CREATE TEMPORARY TABLE "tmp_23" AS SELECT "t"."patient_id" AS "patient_id", CAST(COUNT(DISTINCT "t"."date") AS BIGINT) AS "value_1" FROM "clinical_events" AS "t" WHERE (("t"."snomedct_code" = '100133') AND ("t"."patient_id" IN (SELECT "patient_id" FROM "population_3"))) GROUP BY "t"."patient_id";

-- Run query 070 / 104
CREATE INDEX "ix_tmp_23_patient_id" ON "tmp_23" ("patient_id");

-- Run query 071 / 104
ANALYZE "tmp_23";

-- Run query 072 / 104
CREATE TEMPORARY TABLE "batch_24" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v0", COALESCE("j2"."value_1", 0) AS "v1", COALESCE("j3"."value_1", 0) AS "v2", COALESCE("j4"."value_1", 0) AS "v3", COALESCE("j5"."value_1", 0) AS "v4", COALESCE("j6"."value_1", 0) AS "v5", COALESCE("j7"."value_1", 0) AS "v6", COALESCE("j8"."value_1", 0) AS "v7", COALESCE("j9"."value_1", 0) AS "v8", COALESCE("j10"."value_1", 0) AS "v9", COALESCE("j11"."value_1", 0) AS "v10", COALESCE("j12"."value_1", 0) AS "v11", COALESCE("j13"."value_1", 0) AS "v12", COALESCE("j14"."value_1", 0) AS "v13", COALESCE("j15"."value_1", 0) AS "v14", COALESCE("j16"."value_1", 0) AS "v15" FROM "population_3" AS "pop" LEFT OUTER JOIN "tmp_4" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_5" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_6" AS "j3" ON ("j3"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_7" AS "j4" ON ("j4"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_8" AS "j5" ON ("j5"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_9" AS "j6" ON ("j6"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_10" AS "j7" ON ("j7"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_11" AS "j8" ON ("j8"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_12" AS "j9" ON ("j9"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_13" AS "j10" ON ("j10"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_14" AS "j11" ON ("j11"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_15" AS "j12" ON ("j12"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_16" AS "j13" ON ("j13"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_17" AS "j14" ON ("j14"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_18" AS "j15" ON ("j15"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_19" AS "j16" ON ("j16"."patient_id" = "pop"."patient_id");

-- Run query 073 / 104
DROP TABLE IF EXISTS "tmp_4";

-- Run query 074 / 104
DROP TABLE IF EXISTS "tmp_5";

-- Run query 075 / 104
DROP TABLE IF EXISTS "tmp_6";

-- Run query 076 / 104
DROP TABLE IF EXISTS "tmp_7";

-- Run query 077 / 104
DROP TABLE IF EXISTS "tmp_8";

-- Run query 078 / 104
DROP TABLE IF EXISTS "tmp_9";

-- Run query 079 / 104
DROP TABLE IF EXISTS "tmp_10";

-- Run query 080 / 104
DROP TABLE IF EXISTS "tmp_11";

-- Run query 081 / 104
DROP TABLE IF EXISTS "tmp_12";

-- Run query 082 / 104
DROP TABLE IF EXISTS "tmp_13";

-- Run query 083 / 104
DROP TABLE IF EXISTS "tmp_14";

-- Run query 084 / 104
DROP TABLE IF EXISTS "tmp_15";

-- Run query 085 / 104
DROP TABLE IF EXISTS "tmp_16";

-- Run query 086 / 104
DROP TABLE IF EXISTS "tmp_17";

-- Run query 087 / 104
DROP TABLE IF EXISTS "tmp_18";

-- Run query 088 / 104
DROP TABLE IF EXISTS "tmp_19";

-- Run query 089 / 104
CREATE INDEX "ix_batch_24_patient_id" ON "batch_24" ("patient_id");

-- Run query 090 / 104
ANALYZE "batch_24";

-- Run query 091 / 104
CREATE TEMPORARY TABLE "batch_25" AS SELECT "pop"."patient_id" AS "patient_id", COALESCE("j1"."value_1", 0) AS "v16", COALESCE("j2"."value_1", 0) AS "v17", COALESCE("j3"."value_1", 0) AS "v18", COALESCE("j4"."value_1", 0) AS "v19" FROM "population_3" AS "pop" LEFT OUTER JOIN "tmp_20" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_21" AS "j2" ON ("j2"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_22" AS "j3" ON ("j3"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "tmp_23" AS "j4" ON ("j4"."patient_id" = "pop"."patient_id");

-- Run query 092 / 104
DROP TABLE IF EXISTS "tmp_20";

-- Run query 093 / 104
DROP TABLE IF EXISTS "tmp_21";

-- Run query 094 / 104
DROP TABLE IF EXISTS "tmp_22";

-- Run query 095 / 104
DROP TABLE IF EXISTS "tmp_23";

-- Run query 096 / 104
CREATE INDEX "ix_batch_25_patient_id" ON "batch_25" ("patient_id");

-- Run query 097 / 104
ANALYZE "batch_25";

-- Run query 098 / 104
CREATE TEMPORARY TABLE "results_26" AS SELECT "pop"."patient_id" AS "patient_id", "b1"."v0" AS "v0", "b1"."v1" AS "v1", "b1"."v2" AS "v2", "b1"."v3" AS "v3", "b1"."v4" AS "v4", "b1"."v5" AS "v5", "b1"."v6" AS "v6", "b1"."v7" AS "v7", "b1"."v8" AS "v8", "b1"."v9" AS "v9", "b1"."v10" AS "v10", "b1"."v11" AS "v11", "b1"."v12" AS "v12", "b1"."v13" AS "v13", "b1"."v14" AS "v14", "b1"."v15" AS "v15", "b2"."v16" AS "v16", "b2"."v17" AS "v17", "b2"."v18" AS "v18", "b2"."v19" AS "v19" FROM "population_3" AS "pop" LEFT OUTER JOIN "batch_24" AS "b1" ON ("b1"."patient_id" = "pop"."patient_id") LEFT OUTER JOIN "batch_25" AS "b2" ON ("b2"."patient_id" = "pop"."patient_id");

-- Run query 099 / 104
DROP TABLE IF EXISTS "population_3";

-- Run query 100 / 104
DROP TABLE IF EXISTS "batch_24";

-- Run query 101 / 104
DROP TABLE IF EXISTS "batch_25";

-- Run query 102 / 104
CREATE INDEX "ix_results_26_patient_id" ON "results_26" ("patient_id");

-- Fetch results from query 103 / 104
SELECT "patient_id", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19" FROM "results_26" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 104 / 104
DROP TABLE IF EXISTS "results_26";

-- === dataset: inline table
-- Run query 001 / 017
CREATE TEMPORARY TABLE "inline_data_1" ("patient_id" BIGINT, "n" BIGINT, "d" DATE, "s" TEXT);

-- Run query 002 / 017
INSERT INTO "inline_data_1" ("patient_id", "n", "d", "s") VALUES (3, 30, DATE '2020-02-29', 'it''s');

-- Run query 003 / 017
CREATE INDEX "ix_inline_data_1_patient_id" ON "inline_data_1" ("patient_id");

-- Run query 004 / 017
ANALYZE "inline_data_1";

-- Run query 005 / 017
CREATE TEMPORARY TABLE "patient_ids_2" AS SELECT DISTINCT "t"."patient_id" AS "patient_id" FROM "inline_data_1" AS "t";

-- Run query 006 / 017
CREATE INDEX "ix_patient_ids_2_patient_id" ON "patient_ids_2" ("patient_id");

-- Run query 007 / 017
ANALYZE "patient_ids_2";

-- Run query 008 / 017
CREATE TEMPORARY TABLE "population_3" AS SELECT "ids"."patient_id" AS "patient_id" FROM "patient_ids_2" AS "ids" LEFT OUTER JOIN "inline_data_1" AS "j1" ON ("j1"."patient_id" = "ids"."patient_id") WHERE ("j1"."patient_id" IS NOT NULL);

-- Run query 009 / 017
DROP TABLE IF EXISTS "patient_ids_2";

-- Run query 010 / 017
CREATE INDEX "ix_population_3_patient_id" ON "population_3" ("patient_id");

-- Run query 011 / 017
ANALYZE "population_3";

-- Run query 012 / 017
CREATE TEMPORARY TABLE "results_4" AS SELECT "pop"."patient_id" AS "patient_id", "j1"."s" AS "s" FROM "population_3" AS "pop" LEFT OUTER JOIN "inline_data_1" AS "j1" ON ("j1"."patient_id" = "pop"."patient_id");

-- Run query 013 / 017
DROP TABLE IF EXISTS "inline_data_1";

-- Run query 014 / 017
DROP TABLE IF EXISTS "population_3";

-- Run query 015 / 017
CREATE INDEX "ix_results_4_patient_id" ON "results_4" ("patient_id");

-- Fetch results from query 016 / 017
SELECT "patient_id", "s" FROM "results_4" ORDER BY "patient_id" ASC NULLS FIRST;

-- Run query 017 / 017
DROP TABLE IF EXISTS "results_4";

