-- === case: first true arm wins
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i1] > 1) THEN N'big' WHEN ([j1].[i1] > 2) THEN N'bigger' ELSE N'small' END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: no default gives null
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[i1] WHEN 1 THEN N'one' ELSE CAST(NULL AS NVARCHAR(MAX)) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: null condition is not matched
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i2] > 20) THEN 1 WHEN (CAST(1 AS BIT) = 1) THEN 2 ELSE CAST(NULL AS BIGINT) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: none value
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i1] = 1) THEN CAST(NULL AS BIGINT) ELSE [j1].[i2] END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: series values
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i1] > 1) THEN [j1].[i2] ELSE [j1].[i1] END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date values
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[d1] IS NULL) THEN [j1].[d2] ELSE [j1].[d1] END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: bool values
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[s1] WHEN N'a' THEN CAST(1 AS BIT) WHEN N'b' THEN CAST(0 AS BIT) ELSE CAST(NULL AS BIT) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float values
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[f1] > CAST(0.0 AS FLOAT)) THEN [j1].[f1] ELSE CAST(0.0 AS FLOAT) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: when null then
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[i2], 0) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: map values
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[s1] WHEN N'a' THEN N'Alpha' WHEN N'b' THEN N'Beta' ELSE N'Other' END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: map values null input gives default
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[i1] WHEN 1 THEN 100 ELSE -1 END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: age band style
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i2] < 20) THEN N'0-19' WHEN ([j1].[i2] < 35) THEN N'20-34' ELSE N'35+' END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: nested case
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[i1] > 2) THEN CASE WHEN ([j1].[i2] > 35) THEN 2 ELSE 1 END ELSE 0 END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: maximum of with literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT MAX(value) FROM (VALUES ([j1].[i1]), ([j1].[i2]), (5)) AS aggregate_values(value)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: minimum of with literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT MIN(value) FROM (VALUES ([j1].[i1]), ([j1].[i2]), (5)) AS aggregate_values(value)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: maximum of dates
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT MAX(value) FROM (VALUES ([j1].[d1]), ([j1].[d2])) AS aggregate_values(value)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: minimum of dates with literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT MIN(value) FROM (VALUES ([j1].[d1]), ([j1].[d2]), (CAST('20200601' AS DATE))) AS aggregate_values(value)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: maximum of floats
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT MAX(value) FROM (VALUES ([j1].[f1]), (CAST(0.0 AS FLOAT))) AS aggregate_values(value)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: maximum of strings
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT (SELECT (SELECT MAX(value) FROM (VALUES ([ehrql_v1]), ([ehrql_v2])) AS aggregate_values(value)) FROM (VALUES (N'b')) AS [ehrql_v2_row]([ehrql_v2])) FROM (VALUES ([j1].[s1])) AS [ehrql_v1_row]([ehrql_v1])) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: event-level case counted
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CASE WHEN ([t].[i1] > 2) THEN N'high' ELSE N'low' END AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event-level maximum of
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], (SELECT MAX(value) FROM (VALUES ([t].[i1]), ([t].[i2])) AS aggregate_values(value)) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: coalesce
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[i2], [j1].[i1], 0) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: coalesce all null
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[d1], [j1].[d2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: fixed value map
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[i1] WHEN 1 THEN N'one' WHEN 2 THEN N'two' ELSE N'other' END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: fixed value map first key wins
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[i1] WHEN 1 THEN 10 ELSE 0 END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: fixed value map none default
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[s1] WHEN N'a' THEN 1 WHEN N'd' THEN 4 ELSE CAST(NULL AS BIGINT) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: fixed value map to none
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE [j1].[i1] WHEN 1 THEN CAST(NULL AS BIGINT) ELSE 9 END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

