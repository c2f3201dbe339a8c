-- === dataset: study
-- Run query 001 / 063
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t]) AS t;

-- Run query 002 / 063
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 063
SELECT * INTO [#tmp_2] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[practice_pseudo_id] AS [practice_pseudo_id], [picked].[start_date] AS [start_date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[practice_pseudo_id] AS [practice_pseudo_id], [t].[start_date] AS [start_date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[start_date] DESC, [t].[practice_pseudo_id] DESC) AS [rn] FROM [practice_registrations] AS [t] WHERE (([t].[start_date] <= CAST('20220101' AS DATE)) AND (([t].[end_date] > CAST('20220101' AS DATE)) OR ([t].[end_date] IS NULL)))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 004 / 063
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 063
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [patients] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) AND (([j2].[date_of_death] IS NULL) OR ([j2].[date_of_death] > CAST('20220101' AS DATE))))) AS t;

-- Run query 006 / 063
DROP TABLE [#patient_ids_1];

-- Run query 007 / 063
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 063
CREATE TABLE [#inline_data_4] ([value] NVARCHAR(6));

-- Run query 009 / 063
INSERT INTO [#inline_data_4] ([value]) VALUES (N'100000'), (N'100007'), (N'100014'), (N'100021'), (N'100028'), (N'100035'), (N'100042'), (N'100049'), (N'100056'), (N'100063'), (N'100070'), (N'100077'), (N'100084'), (N'100091'), (N'100098'), (N'100105'), (N'100112'), (N'100119'), (N'100126'), (N'100133'), (N'100140'), (N'100147'), (N'100154'), (N'100161'), (N'100168'), (N'100175'), (N'100182'), (N'100189'), (N'100196'), (N'100203'), (N'100210'), (N'100217'), (N'100224'), (N'100231'), (N'100238'), (N'100245'), (N'100252'), (N'100259'), (N'100266'), (N'100273');

-- Run query 010 / 063
CREATE CLUSTERED INDEX [ix_inline_data_4_value] ON [#inline_data_4] ([value]);

-- Run query 011 / 063
SELECT * INTO [#tmp_5] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] WHERE ((([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[date] < CAST('20220101' AS DATE))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 012 / 063
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 013 / 063
SELECT * INTO [#tmp_6] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] ASC) AS [rn] FROM [clinical_events] AS [t] WHERE ((([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[date] < CAST('20220101' AS DATE))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 014 / 063
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 015 / 063
SELECT * INTO [#tmp_7] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date], [picked].[numeric_value] AS [numeric_value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], [t].[numeric_value] AS [numeric_value], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] DESC, [t].[numeric_value] DESC) AS [rn] FROM [clinical_events] AS [t] WHERE ((([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[date] < CAST('20220101' AS DATE))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 016 / 063
CREATE CLUSTERED INDEX [ix_tmp_7_patient_id] ON [#tmp_7] ([patient_id]);

-- Run query 017 / 063
SELECT * INTO [#tmp_8] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] WHERE ((([t].[snomedct_code] IN (N'100280', N'100287', N'100294', N'100301', N'100308', N'100315', N'100322', N'100329', N'100336', N'100343', N'100350', N'100357', N'100364', N'100371', N'100378', N'100385', N'100392', N'100399', N'100406', N'100413')) AND (([t].[date] >= CAST('20210101' AS DATE)) AND ([t].[date] < CAST('20220101' AS DATE)))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 018 / 063
CREATE CLUSTERED INDEX [ix_tmp_8_patient_id] ON [#tmp_8] ([patient_id]);

-- Run query 019 / 063
SELECT * INTO [#tmp_9] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] IN (N'100280', N'100287', N'100294', N'100301', N'100308', N'100315', N'100322', N'100329', N'100336', N'100343', N'100350', N'100357', N'100364', N'100371', N'100378', N'100385', N'100392', N'100399', N'100406', N'100413')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 020 / 063
CREATE CLUSTERED INDEX [ix_tmp_9_patient_id] ON [#tmp_9] ([patient_id]);

-- Run query 021 / 063
SELECT * INTO [#tmp_10] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] ASC) AS [rn] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] IN (N'100280', N'100287', N'100294', N'100301', N'100308', N'100315', N'100322', N'100329', N'100336', N'100343', N'100350', N'100357', N'100364', N'100371', N'100378', N'100385', N'100392', N'100399', N'100406', N'100413')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 022 / 063
CREATE CLUSTERED INDEX [ix_tmp_10_patient_id] ON [#tmp_10] ([patient_id]);

-- Run query 023 / 063
SELECT * INTO [#tmp_11] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[numeric_value] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100035') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 024 / 063
CREATE CLUSTERED INDEX [ix_tmp_11_patient_id] ON [#tmp_11] ([patient_id]);

-- Run query 025 / 063
SELECT * INTO [#tmp_12] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST([t].[numeric_value] AS FLOAT) AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 026 / 063
CREATE CLUSTERED INDEX [ix_tmp_12_patient_id] ON [#tmp_12] ([patient_id]);

-- Run query 027 / 063
SELECT * INTO [#tmp_13] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t] WHERE (([t].[dmd_code] IN (N'100000', N'100007', N'100014', N'100021', N'100028', N'100035', N'100042', N'100049', N'100056', N'100063', N'100070', N'100077', N'100084', N'100091', N'100098', N'100105', N'100112', N'100119', N'100126', N'100133', N'100140', N'100147', N'100154', N'100161', N'100168', N'100175', N'100182', N'100189', N'100196', N'100203')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 028 / 063
CREATE CLUSTERED INDEX [ix_tmp_13_patient_id] ON [#tmp_13] ([patient_id]);

-- Run query 029 / 063
SELECT * INTO [#tmp_14] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] ASC) AS [rn] FROM [medications] AS [t] WHERE (([t].[dmd_code] IN (N'100000', N'100007', N'100014', N'100021', N'100028', N'100035', N'100042', N'100049', N'100056', N'100063', N'100070', N'100077', N'100084', N'100091', N'100098', N'100105', N'100112', N'100119', N'100126', N'100133', N'100140', N'100147', N'100154', N'100161', N'100168', N'100175', N'100182', N'100189', N'100196', N'100203')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 030 / 063
CREATE CLUSTERED INDEX [ix_tmp_14_patient_id] ON [#tmp_14] ([patient_id]);

-- Run query 031 / 063
SELECT * INTO [#tmp_15] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] DESC) AS [rn] FROM [medications] AS [t] WHERE (([t].[dmd_code] IN (N'100000', N'100007', N'100014', N'100021', N'100028', N'100035', N'100042', N'100049', N'100056', N'100063', N'100070', N'100077', N'100084', N'100091', N'100098', N'100105', N'100112', N'100119', N'100126', N'100133', N'100140', N'100147', N'100154', N'100161', N'100168', N'100175', N'100182', N'100189', N'100196', N'100203')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 032 / 063
CREATE CLUSTERED INDEX [ix_tmp_15_patient_id] ON [#tmp_15] ([patient_id]);

-- Run query 033 / 063
SELECT * INTO [#tmp_16] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t] WHERE ((([t].[dmd_code] IN (N'100000', N'100007', N'100014', N'100021', N'100028', N'100035', N'100042', N'100049', N'100056', N'100063', N'100070', N'100077', N'100084', N'100091', N'100098', N'100105', N'100112', N'100119', N'100126', N'100133', N'100140', N'100147', N'100154', N'100161', N'100168', N'100175', N'100182', N'100189', N'100196', N'100203')) AND ([t].[date] >= CAST('20210101' AS DATE))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 034 / 063
CREATE CLUSTERED INDEX [ix_tmp_16_patient_id] ON [#tmp_16] ([patient_id]);

-- Run query 035 / 063
SELECT * INTO [#tmp_17] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[snomedct_code] AS [e1] FROM [clinical_events] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 036 / 063
CREATE CLUSTERED INDEX [ix_tmp_17_patient_id] ON [#tmp_17] ([patient_id]);

-- Run query 037 / 063
SELECT * INTO [#tmp_18] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 30)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [d], LAG([t].[date]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date]) AS [prev] FROM [clinical_events] AS [t] WHERE ((([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AND ([t].[date] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 038 / 063
CREATE CLUSTERED INDEX [ix_tmp_18_patient_id] ON [#tmp_18] ([patient_id]);

-- Run query 039 / 063
SELECT * INTO [#results_19] FROM (SELECT [pop].[patient_id] AS [patient_id], ((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) AS [age], [j1].[sex] AS [sex], [j2].[practice_pseudo_id] AS [practice], [j2].[start_date] AS [registered_since], COALESCE([j3].[value_1], 0) AS [asthma_count], CAST(CASE WHEN ([j3].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j3].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [has_asthma], [j4].[date] AS [first_asthma], [j5].[date] AS [last_asthma], [j5].[numeric_value] AS [last_asthma_value], COALESCE([j6].[value_1], 0) AS [diabetes_last_year], CAST(CASE WHEN ([j7].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j7].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [has_diabetes], [j8].[date] AS [first_diabetes], [j9].[value_1] AS [max_hba1c], [j10].[value_1] AS [mean_asthma_value], COALESCE([j11].[value_1], 0) AS [statin_count], [j12].[date] AS [first_statin], [j13].[date] AS [last_statin], CAST(CASE WHEN ([j14].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j14].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [statin_last_year], COALESCE([j15].[value_1], 0) AS [distinct_codes], CASE WHEN (((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) < 18) THEN N'0-17' WHEN (((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) < 40) THEN N'18-39' WHEN (((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) < 65) THEN N'40-64' ELSE N'65+' END AS [age_band], COALESCE([j16].[value], 0) AS [episodes], ((((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j2].[start_date]) AS BIGINT)) * 12) + (CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(month, [j2].[start_date]) AS BIGINT))) - CASE WHEN (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j2].[start_date]) AS BIGINT)) THEN 1 ELSE 0 END) AS [months_registered] FROM [#population_3] AS [pop] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j3] ON ([j3].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_6] AS [j4] ON ([j4].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_7] AS [j5] ON ([j5].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_8] AS [j6] ON ([j6].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_9] AS [j7] ON ([j7].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_10] AS [j8] ON ([j8].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_11] AS [j9] ON ([j9].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_12] AS [j10] ON ([j10].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_13] AS [j11] ON ([j11].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_14] AS [j12] ON ([j12].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_15] AS [j13] ON ([j13].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_16] AS [j14] ON ([j14].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_17] AS [j15] ON ([j15].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_18] AS [j16] ON ([j16].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 040 / 063
DROP TABLE [#tmp_2];

-- Run query 041 / 063
DROP TABLE [#tmp_5];

-- Run query 042 / 063
DROP TABLE [#tmp_6];

-- Run query 043 / 063
DROP TABLE [#tmp_7];

-- Run query 044 / 063
DROP TABLE [#tmp_8];

-- Run query 045 / 063
DROP TABLE [#tmp_9];

-- Run query 046 / 063
DROP TABLE [#tmp_10];

-- Run query 047 / 063
DROP TABLE [#tmp_11];

-- Run query 048 / 063
DROP TABLE [#tmp_12];

-- Run query 049 / 063
DROP TABLE [#tmp_13];

-- Run query 050 / 063
DROP TABLE [#tmp_14];

-- Run query 051 / 063
DROP TABLE [#tmp_15];

-- Run query 052 / 063
DROP TABLE [#tmp_16];

-- Run query 053 / 063
DROP TABLE [#tmp_17];

-- Run query 054 / 063
DROP TABLE [#tmp_18];

-- Run query 055 / 063
CREATE CLUSTERED INDEX [ix_results_19_patient_id] ON [#results_19] ([patient_id]);

-- Run query 056 / 063
SELECT * INTO [#results_20] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], [t].[snomedct_code] AS [code], [t].[numeric_value] AS [value], ((CAST(DATEPART(year, CAST('20220101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20220101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20220101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) AS [age], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [clinical_events] AS [t] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) WHERE (([t].[snomedct_code] IN (SELECT [value] FROM [#inline_data_4])) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS t;

-- Run query 057 / 063
DROP TABLE [#population_3];

-- Run query 058 / 063
DROP TABLE [#inline_data_4];

-- Run query 059 / 063
CREATE CLUSTERED INDEX [ix_results_20_row_id] ON [#results_20] ([row_id]);

-- Fetch results from query 060 / 063
SELECT [patient_id], [age], [sex], [practice], [registered_since], [asthma_count], [has_asthma], [first_asthma], [last_asthma], [last_asthma_value], [diabetes_last_year], [has_diabetes], [first_diabetes], [max_hba1c], [mean_asthma_value], [statin_count], [first_statin], [last_statin], [statin_last_year], [distinct_codes], [age_band], [episodes], [months_registered] FROM [#results_19] ORDER BY [patient_id] ASC;

-- Fetch results from query 061 / 063
SELECT [patient_id], [date], [code], [value], [age] FROM [#results_20] ORDER BY [row_id] ASC;

-- Run query 062 / 063
DROP TABLE [#results_19];

-- Run query 063 / 063
DROP TABLE [#results_20];

-- === dataset: many joins
-- Run query 001 / 079
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS t;

-- Run query 002 / 079
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 079
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 079
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 079
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 079
DROP TABLE [#patient_ids_1];

-- Run query 007 / 079
DROP TABLE [#tmp_2];

-- Run query 008 / 079
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 079
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100000') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 079
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 079
SELECT * INTO [#tmp_5] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100007') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 012 / 079
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 013 / 079
SELECT * INTO [#tmp_6] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100014') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 014 / 079
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 015 / 079
SELECT * INTO [#tmp_7] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100021') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 016 / 079
CREATE CLUSTERED INDEX [ix_tmp_7_patient_id] ON [#tmp_7] ([patient_id]);

-- Run query 017 / 079
SELECT * INTO [#tmp_8] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100028') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 018 / 079
CREATE CLUSTERED INDEX [ix_tmp_8_patient_id] ON [#tmp_8] ([patient_id]);

-- Run query 019 / 079
SELECT * INTO [#tmp_9] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100035') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 020 / 079
CREATE CLUSTERED INDEX [ix_tmp_9_patient_id] ON [#tmp_9] ([patient_id]);

-- Run query 021 / 079
SELECT * INTO [#tmp_10] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100042') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 022 / 079
CREATE CLUSTERED INDEX [ix_tmp_10_patient_id] ON [#tmp_10] ([patient_id]);

-- Run query 023 / 079
SELECT * INTO [#tmp_11] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100049') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 024 / 079
CREATE CLUSTERED INDEX [ix_tmp_11_patient_id] ON [#tmp_11] ([patient_id]);

-- Run query 025 / 079
SELECT * INTO [#tmp_12] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100056') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 026 / 079
CREATE CLUSTERED INDEX [ix_tmp_12_patient_id] ON [#tmp_12] ([patient_id]);

-- Run query 027 / 079
SELECT * INTO [#tmp_13] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100063') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 028 / 079
CREATE CLUSTERED INDEX [ix_tmp_13_patient_id] ON [#tmp_13] ([patient_id]);

-- Run query 029 / 079
SELECT * INTO [#tmp_14] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100070') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 030 / 079
CREATE CLUSTERED INDEX [ix_tmp_14_patient_id] ON [#tmp_14] ([patient_id]);

-- Run query 031 / 079
SELECT * INTO [#tmp_15] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100077') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 032 / 079
CREATE CLUSTERED INDEX [ix_tmp_15_patient_id] ON [#tmp_15] ([patient_id]);

-- Run query 033 / 079
SELECT * INTO [#tmp_16] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100084') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 034 / 079
CREATE CLUSTERED INDEX [ix_tmp_16_patient_id] ON [#tmp_16] ([patient_id]);

-- Run query 035 / 079
SELECT * INTO [#tmp_17] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100091') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 036 / 079
CREATE CLUSTERED INDEX [ix_tmp_17_patient_id] ON [#tmp_17] ([patient_id]);

-- Run query 037 / 079
SELECT * INTO [#tmp_18] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100098') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 038 / 079
CREATE CLUSTERED INDEX [ix_tmp_18_patient_id] ON [#tmp_18] ([patient_id]);

-- Run query 039 / 079
SELECT * INTO [#tmp_19] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100105') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 040 / 079
CREATE CLUSTERED INDEX [ix_tmp_19_patient_id] ON [#tmp_19] ([patient_id]);

-- Run query 041 / 079
SELECT * INTO [#tmp_20] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100112') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 042 / 079
CREATE CLUSTERED INDEX [ix_tmp_20_patient_id] ON [#tmp_20] ([patient_id]);

-- Run query 043 / 079
SELECT * INTO [#tmp_21] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100119') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 044 / 079
CREATE CLUSTERED INDEX [ix_tmp_21_patient_id] ON [#tmp_21] ([patient_id]);

-- Run query 045 / 079
SELECT * INTO [#tmp_22] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100126') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 046 / 079
CREATE CLUSTERED INDEX [ix_tmp_22_patient_id] ON [#tmp_22] ([patient_id]);

-- Run query 047 / 079
SELECT * INTO [#tmp_23] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [e1] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'100133') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 048 / 079
CREATE CLUSTERED INDEX [ix_tmp_23_patient_id] ON [#tmp_23] ([patient_id]);

-- Run query 049 / 079
SELECT * INTO [#batch_24] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v0], COALESCE([j2].[value_1], 0) AS [v1], COALESCE([j3].[value_1], 0) AS [v2], COALESCE([j4].[value_1], 0) AS [v3], COALESCE([j5].[value_1], 0) AS [v4], COALESCE([j6].[value_1], 0) AS [v5], COALESCE([j7].[value_1], 0) AS [v6], COALESCE([j8].[value_1], 0) AS [v7], COALESCE([j9].[value_1], 0) AS [v8], COALESCE([j10].[value_1], 0) AS [v9], COALESCE([j11].[value_1], 0) AS [v10], COALESCE([j12].[value_1], 0) AS [v11], COALESCE([j13].[value_1], 0) AS [v12], COALESCE([j14].[value_1], 0) AS [v13], COALESCE([j15].[value_1], 0) AS [v14], COALESCE([j16].[value_1], 0) AS [v15] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_6] AS [j3] ON ([j3].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_7] AS [j4] ON ([j4].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_8] AS [j5] ON ([j5].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_9] AS [j6] ON ([j6].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_10] AS [j7] ON ([j7].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_11] AS [j8] ON ([j8].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_12] AS [j9] ON ([j9].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_13] AS [j10] ON ([j10].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_14] AS [j11] ON ([j11].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_15] AS [j12] ON ([j12].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_16] AS [j13] ON ([j13].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_17] AS [j14] ON ([j14].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_18] AS [j15] ON ([j15].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_19] AS [j16] ON ([j16].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 050 / 079
DROP TABLE [#tmp_4];

-- Run query 051 / 079
DROP TABLE [#tmp_5];

-- Run query 052 / 079
DROP TABLE [#tmp_6];

-- Run query 053 / 079
DROP TABLE [#tmp_7];

-- Run query 054 / 079
DROP TABLE [#tmp_8];

-- Run query 055 / 079
DROP TABLE [#tmp_9];

-- Run query 056 / 079
DROP TABLE [#tmp_10];

-- Run query 057 / 079
DROP TABLE [#tmp_11];

-- Run query 058 / 079
DROP TABLE [#tmp_12];

-- Run query 059 / 079
DROP TABLE [#tmp_13];

-- Run query 060 / 079
DROP TABLE [#tmp_14];

-- Run query 061 / 079
DROP TABLE [#tmp_15];

-- Run query 062 / 079
DROP TABLE [#tmp_16];

-- Run query 063 / 079
DROP TABLE [#tmp_17];

-- Run query 064 / 079
DROP TABLE [#tmp_18];

-- Run query 065 / 079
DROP TABLE [#tmp_19];

-- Run query 066 / 079
CREATE CLUSTERED INDEX [ix_batch_24_patient_id] ON [#batch_24] ([patient_id]);

-- Run query 067 / 079
SELECT * INTO [#batch_25] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v16], COALESCE([j2].[value_1], 0) AS [v17], COALESCE([j3].[value_1], 0) AS [v18], COALESCE([j4].[value_1], 0) AS [v19] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_20] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_21] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_22] AS [j3] ON ([j3].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_23] AS [j4] ON ([j4].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 068 / 079
DROP TABLE [#tmp_20];

-- Run query 069 / 079
DROP TABLE [#tmp_21];

-- Run query 070 / 079
DROP TABLE [#tmp_22];

-- Run query 071 / 079
DROP TABLE [#tmp_23];

-- Run query 072 / 079
CREATE CLUSTERED INDEX [ix_batch_25_patient_id] ON [#batch_25] ([patient_id]);

-- Run query 073 / 079
SELECT * INTO [#results_26] FROM (SELECT [pop].[patient_id] AS [patient_id], [b1].[v0] AS [v0], [b1].[v1] AS [v1], [b1].[v2] AS [v2], [b1].[v3] AS [v3], [b1].[v4] AS [v4], [b1].[v5] AS [v5], [b1].[v6] AS [v6], [b1].[v7] AS [v7], [b1].[v8] AS [v8], [b1].[v9] AS [v9], [b1].[v10] AS [v10], [b1].[v11] AS [v11], [b1].[v12] AS [v12], [b1].[v13] AS [v13], [b1].[v14] AS [v14], [b1].[v15] AS [v15], [b2].[v16] AS [v16], [b2].[v17] AS [v17], [b2].[v18] AS [v18], [b2].[v19] AS [v19] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#batch_24] AS [b1] ON ([b1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#batch_25] AS [b2] ON ([b2].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 074 / 079
DROP TABLE [#population_3];

-- Run query 075 / 079
DROP TABLE [#batch_24];

-- Run query 076 / 079
DROP TABLE [#batch_25];

-- Run query 077 / 079
CREATE CLUSTERED INDEX [ix_results_26_patient_id] ON [#results_26] ([patient_id]);

-- Fetch results from query 078 / 079
SELECT [patient_id], [v0], [v1], [v2], [v3], [v4], [v5], [v6], [v7], [v8], [v9], [v10], [v11], [v12], [v13], [v14], [v15], [v16], [v17], [v18], [v19] FROM [#results_26] ORDER BY [patient_id] ASC;

-- Run query 079 / 079
DROP TABLE [#results_26];

-- === dataset: inline table
-- Run query 001 / 014
CREATE TABLE [#inline_data_1] ([patient_id] BIGINT, [n] BIGINT, [d] DATE, [s] NVARCHAR(MAX));

-- Run query 002 / 014
INSERT INTO [#inline_data_1] ([patient_id], [n], [d], [s]) VALUES (3, 30, CAST('20200229' AS DATE), N'it''s');

-- Run query 003 / 014
CREATE CLUSTERED INDEX [ix_inline_data_1_patient_id] ON [#inline_data_1] ([patient_id]);

-- Run query 004 / 014
SELECT * INTO [#patient_ids_2] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [#inline_data_1] AS [t]) AS t;

-- Run query 005 / 014
CREATE CLUSTERED INDEX [ix_patient_ids_2_patient_id] ON [#patient_ids_2] ([patient_id]);

-- Run query 006 / 014
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_2] AS [ids] LEFT OUTER JOIN [#inline_data_1] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 007 / 014
DROP TABLE [#patient_ids_2];

-- Run query 008 / 014
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 014
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s] AS [s] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#inline_data_1] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 014
DROP TABLE [#inline_data_1];

-- Run query 011 / 014
DROP TABLE [#population_3];

-- Run query 012 / 014
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 013 / 014
SELECT [patient_id], [s] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 014 / 014
DROP TABLE [#results_4];

