-- === case: minimum over a frame of values that use the maximum of the same frame
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d2] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], (SELECT MIN(value) FROM (VALUES ([t].[d1]), ([j1].[value_1])) AS aggregate_values(value)) AS [e1] FROM [e] AS [t] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 009 / 016
DROP TABLE [#tmp_2];

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 012 / 016
DROP TABLE [#population_3];

-- Run query 013 / 016
DROP TABLE [#tmp_4];

-- Run query 014 / 016
CREATE CLUSTERED INDEX [ix_results_5_patient_id] ON [#results_5] ([patient_id]);

-- Fetch results from query 015 / 016
SELECT [patient_id], [v] FROM [#results_5] ORDER BY [patient_id] ASC;

-- Run query 016 / 016
DROP TABLE [#results_5];

-- === case: sum over a frame of values that use the count of the same frame
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], ([t].[i1] + COALESCE([j1].[value_1], 0)) AS [e1] FROM [e] AS [t] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 009 / 016
DROP TABLE [#tmp_2];

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 012 / 016
DROP TABLE [#population_3];

-- Run query 013 / 016
DROP TABLE [#tmp_4];

-- Run query 014 / 016
CREATE CLUSTERED INDEX [ix_results_5_patient_id] ON [#results_5] ([patient_id]);

-- Fetch results from query 015 / 016
SELECT [patient_id], [v] FROM [#results_5] ORDER BY [patient_id] ASC;

-- Run query 016 / 016
DROP TABLE [#results_5];

-- === case: generated: aggregate over a frame whose value uses another aggregate of that frame (seed 1795889804292284432, case 942)
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e2] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d2] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e2] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 006 / 019
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 007 / 019
SELECT * INTO [#population_4] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_3] AS [j3] ON ([j3].[patient_id] = [ids].[patient_id]) WHERE ((([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL)) OR ([j3].[patient_id] IS NOT NULL))) AS t;

-- Run query 008 / 019
DROP TABLE [#patient_ids_1];

-- Run query 009 / 019
DROP TABLE [#tmp_3];

-- Run query 010 / 019
CREATE CLUSTERED INDEX [ix_population_4_patient_id] ON [#population_4] ([patient_id]);

-- Run query 011 / 019
SELECT * INTO [#tmp_5] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], (SELECT (SELECT (SELECT MIN(value) FROM (VALUES ([ehrql_v1]), ([ehrql_v2])) AS aggregate_values(value)) FROM (VALUES (CASE WHEN (CAST(1 AS BIT) = 1) THEN COALESCE([j1].[d2], [j1].[d1]) ELSE [j2].[value_1] END)) AS [ehrql_v2_row]([ehrql_v2])) FROM (VALUES (CASE WHEN ([t].[b1] = 1) THEN DATEFROMPARTS(CAST(DATEPART(year, [t].[d1]) AS BIGINT), 1, 1) WHEN ([t].[b1] = [t].[b1]) THEN [t].[d2] ELSE CAST(NULL AS DATE) END)) AS [ehrql_v1_row]([ehrql_v1])) AS [e1] FROM [e] AS [t] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_4]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 012 / 019
DROP TABLE [#tmp_2];

-- Run query 013 / 019
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 014 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_4] AS [pop] LEFT OUTER JOIN [#tmp_5] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 015 / 019
DROP TABLE [#population_4];

-- Run query 016 / 019
DROP TABLE [#tmp_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

