-- === case: registered on date
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[practice_pseudo_id] AS [practice_pseudo_id] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[practice_pseudo_id] AS [practice_pseudo_id], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[start_date] DESC, [t].[practice_pseudo_id] DESC) AS [rn] FROM [practice_registrations] AS [t] WHERE ((([t].[start_date] <= CAST('20200101' AS DATE)) AND (([t].[end_date] > CAST('20200101' AS DATE)) OR ([t].[end_date] IS NULL))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[practice_pseudo_id] AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: registration exists on date
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] WHERE ((([t].[start_date] <= CAST('20200101' AS DATE)) AND (([t].[end_date] > CAST('20200101' AS DATE)) OR ([t].[end_date] IS NULL))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j1].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: age on date
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 019
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 019
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 019
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 019
DROP TABLE [#patient_ids_1];

-- Run query 011 / 019
DROP TABLE [#tmp_2];

-- Run query 012 / 019
DROP TABLE [#tmp_3];

-- Run query 013 / 019
DROP TABLE [#tmp_4];

-- Run query 014 / 019
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], ((CAST(DATEPART(year, CAST('20200101' AS DATE)) AS BIGINT) - CAST(DATEPART(year, [j1].[date_of_birth]) AS BIGINT)) - CASE WHEN ((CAST(DATEPART(month, CAST('20200101' AS DATE)) AS BIGINT) < CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) OR ((CAST(DATEPART(month, CAST('20200101' AS DATE)) AS BIGINT) = CAST(DATEPART(month, [j1].[date_of_birth]) AS BIGINT)) AND (CAST(DATEPART(day, CAST('20200101' AS DATE)) AS BIGINT) < CAST(DATEPART(day, [j1].[date_of_birth]) AS BIGINT)))) THEN 1 ELSE 0 END) AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 016 / 019
DROP TABLE [#population_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

-- === case: sex
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 019
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 019
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 019
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 019
DROP TABLE [#patient_ids_1];

-- Run query 011 / 019
DROP TABLE [#tmp_2];

-- Run query 012 / 019
DROP TABLE [#tmp_3];

-- Run query 013 / 019
DROP TABLE [#tmp_4];

-- Run query 014 / 019
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[sex] AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 016 / 019
DROP TABLE [#population_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

-- === case: has coded event
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] IN (N'195967001', N'73211009')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j1].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: last numeric value
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[numeric_value] AS [numeric_value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[numeric_value] AS [numeric_value], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] DESC, [t].[numeric_value] DESC) AS [rn] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] = N'73211009') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[numeric_value] AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: first event date in codelist
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[date] AS [date] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[date] AS [date], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[date] ASC) AS [rn] FROM [clinical_events] AS [t] WHERE (([t].[snomedct_code] IN (N'38341003')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[date] AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: count of medications
-- Run query 001 / 022
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 022
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 022
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 022
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 022
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 022
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 022
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 022
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 022
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 022
DROP TABLE [#patient_ids_1];

-- Run query 011 / 022
DROP TABLE [#tmp_2];

-- Run query 012 / 022
DROP TABLE [#tmp_3];

-- Run query 013 / 022
DROP TABLE [#tmp_4];

-- Run query 014 / 022
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 022
SELECT * INTO [#tmp_6] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t] WHERE (([t].[dmd_code] IN (N'39113611000001102')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_5])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 016 / 022
CREATE CLUSTERED INDEX [ix_tmp_6_patient_id] ON [#tmp_6] ([patient_id]);

-- Run query 017 / 022
SELECT * INTO [#results_7] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_6] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 018 / 022
DROP TABLE [#population_5];

-- Run query 019 / 022
DROP TABLE [#tmp_6];

-- Run query 020 / 022
CREATE CLUSTERED INDEX [ix_results_7_patient_id] ON [#results_7] ([patient_id]);

-- Fetch results from query 021 / 022
SELECT [patient_id], [v] FROM [#results_7] ORDER BY [patient_id] ASC;

-- Run query 022 / 022
DROP TABLE [#results_7];

-- === case: mean numeric value
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST([t].[numeric_value] AS FLOAT) AS [e1] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 019
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 019
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 019
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 019
DROP TABLE [#patient_ids_1];

-- Run query 011 / 019
DROP TABLE [#tmp_2];

-- Run query 012 / 019
DROP TABLE [#tmp_4];

-- Run query 013 / 019
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 014 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [#tmp_3] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 015 / 019
DROP TABLE [#tmp_3];

-- Run query 016 / 019
DROP TABLE [#population_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

-- === case: alive on
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [patients] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [practice_registrations] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [clinical_events] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 019
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 019
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [medications] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 008 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 009 / 019
SELECT * INTO [#population_5] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_4] AS [j4] ON ([j4].[patient_id] = [ids].[patient_id]) WHERE (((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL)) OR ([j4].[patient_id] IS NOT NULL))) AS t;

-- Run query 010 / 019
DROP TABLE [#patient_ids_1];

-- Run query 011 / 019
DROP TABLE [#tmp_2];

-- Run query 012 / 019
DROP TABLE [#tmp_3];

-- Run query 013 / 019
DROP TABLE [#tmp_4];

-- Run query 014 / 019
CREATE CLUSTERED INDEX [ix_population_5_patient_id] ON [#population_5] ([patient_id]);

-- Run query 015 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN (([j1].[date_of_death] > CAST('20230601' AS DATE)) OR ([j1].[date_of_death] IS NULL)) THEN 1 WHEN (NOT (([j1].[date_of_death] > CAST('20230601' AS DATE)) OR ([j1].[date_of_death] IS NULL))) THEN 0 END AS BIT) AS [v] FROM [#population_5] AS [pop] LEFT OUTER JOIN [patients] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 016 / 019
DROP TABLE [#population_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

