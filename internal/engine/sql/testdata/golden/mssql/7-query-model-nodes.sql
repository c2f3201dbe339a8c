-- === case: int literal broadcast
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], 5 AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str literal broadcast
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], N'x' AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date literal broadcast
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST('20200229' AS DATE) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: bool literal broadcast
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(0 AS BIT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float literal broadcast
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(0.1 AS FLOAT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: none literal
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], NULL AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code literal
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], N'999999' AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code column
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[c1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: bool column
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[b1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: unsubstituted parameter is an error
-- compile error: sql: parameter "interval_start_date" has no value (parameters must be substituted before execution)

-- === case: literal arithmetic folds
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ((2 * 3) + 4) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: missing column reads as null
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 010
DROP TABLE [#patient_ids_1];

-- Run query 005 / 010
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 010
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] + [j1].[i2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: patient with no row in a patient table
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
DROP TABLE [#tmp_2];

-- Run query 008 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] IS NULL) THEN 1 WHEN (NOT ([j1].[i1] IS NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: event-level literal case
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CASE [t].[i1] WHEN CAST(NULL AS BIGINT) THEN 1 ELSE 2 END AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 013
DROP TABLE [#tmp_2];

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

