-- === case: int eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] = 2) THEN 1 WHEN (NOT ([j1].[i1] = 2)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int ne
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] <> 2) THEN 1 WHEN (NOT ([j1].[i1] <> 2)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int lt
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] < 1) THEN 1 WHEN (NOT ([j1].[i1] < 1)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int le
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] <= 1) THEN 1 WHEN (NOT ([j1].[i1] <= 1)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int gt
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] > 1) THEN 1 WHEN (NOT ([j1].[i1] > 1)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int ge
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] >= 1) THEN 1 WHEN (NOT ([j1].[i1] >= 1)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: literal on the left
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN (0 < [j1].[i1]) THEN 1 WHEN (NOT (0 < [j1].[i1])) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[f1] = CAST(1.0 AS FLOAT)) THEN 1 WHEN (NOT ([j1].[f1] = CAST(1.0 AS FLOAT))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float gt
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[f1] > CAST(0.0 AS FLOAT)) THEN 1 WHEN (NOT ([j1].[f1] > CAST(0.0 AS FLOAT))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float le
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[f1] <= CAST(-0.5 AS FLOAT)) THEN 1 WHEN (NOT ([j1].[f1] <= CAST(-0.5 AS FLOAT))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date lt
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[d1] < CAST('20200101' AS DATE)) THEN 1 WHEN (NOT ([j1].[d1] < CAST('20200101' AS DATE))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date ge
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[d1] >= CAST('20200101' AS DATE)) THEN 1 WHEN (NOT ([j1].[d1] >= CAST('20200101' AS DATE))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[d1] = CAST('20200102' AS DATE)) THEN 1 WHEN (NOT ([j1].[d1] = CAST('20200102' AS DATE))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: bool eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[b1] = CAST(1 AS BIT)) THEN 1 WHEN (NOT ([j1].[b1] = CAST(1 AS BIT))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] = [j1].[s2]) THEN 1 WHEN (NOT ([j1].[s1] = [j1].[s2])) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str eq is case sensitive
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] = N'abc') THEN 1 WHEN (NOT ([j1].[s1] = N'abc')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str lt by code point
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] < [j1].[s2]) THEN 1 WHEN (NOT ([j1].[s1] < [j1].[s2])) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str gt uppercase sorts first
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] > N'a') THEN 1 WHEN (NOT ([j1].[s1] > N'a')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str ge
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] >= N'b%c') THEN 1 WHEN (NOT ([j1].[s1] >= N'b%c')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%bc%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%bc%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains is case sensitive
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%B%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%B%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains percent is literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%/%%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%/%%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains underscore is literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%/_%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%/_%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains slash is literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%//%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%//%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains series needle
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE (N'%' + REPLACE(REPLACE(REPLACE([j1].[s2], N'/', N'//'), N'%', N'/%'), N'_', N'/_') + N'%') ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE (N'%' + REPLACE(REPLACE(REPLACE([j1].[s2], N'/', N'//'), N'%', N'/%'), N'_', N'/_') + N'%') ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: contains empty string
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] LIKE N'%%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[s1] LIKE N'%%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str in set
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] IN (N'abc', N'b%c')) THEN 1 WHEN (NOT ([j1].[s1] IN (N'abc', N'b%c'))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str min of
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (SELECT (SELECT (SELECT MIN(value) FROM (VALUES ([ehrql_v1]), ([ehrql_v2])) AS aggregate_values(value)) FROM (VALUES ([j1].[s2])) AS [ehrql_v2_row]([ehrql_v2])) FROM (VALUES ([j1].[s1])) AS [ehrql_v1_row]([ehrql_v1])) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code eq
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[c1] = N'123456') THEN 1 WHEN (NOT ([j1].[c1] = N'123456')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code in set
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[c1] IN (N'123456', N'1234567')) THEN 1 WHEN (NOT ([j1].[c1] IN (N'123456', N'1234567'))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code ordering is string ordering
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[c1] < N'200000') THEN 1 WHEN (NOT ([j1].[c1] < N'200000')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: code value
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

-- === case: multi code contains code
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[m1] LIKE N'%E11%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[m1] LIKE N'%E11%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: multi code contains prefix
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[m1] LIKE N'%J84%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[m1] LIKE N'%J84%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: multi code contains exact
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[m1] LIKE N'%J45%' ESCAPE N'/') THEN 1 WHEN (NOT ([j1].[m1] LIKE N'%J45%' ESCAPE N'/')) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: multi code value
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[m1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: date in set
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[d1] IN (CAST('20191231' AS DATE), CAST('20200101' AS DATE))) THEN 1 WHEN (NOT ([j1].[d1] IN (CAST('20191231' AS DATE), CAST('20200101' AS DATE)))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float in set
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[f1] IN (CAST(2.5 AS FLOAT))) THEN 1 WHEN (NOT ([j1].[f1] IN (CAST(2.5 AS FLOAT)))) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: str value
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: event str eq literal
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[s1] = N'a') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str ne literal
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[s1] <> N'a') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event literal lt str
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE ((N'a' < [t].[s1]) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str ge literal
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[s1] >= N'b') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str in set
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[s1] IN (N'B', N'a')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event code in set
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[c1] IN (N'123456')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event code eq after filter
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (((NOT ([t].[s1] IS NULL)) AND ([t].[c1] = N'234567')) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str count distinct
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: event filtered code count distinct
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[c1] AS [e1] FROM [e] AS [t] WHERE ((NOT ([t].[s1] IS NULL)) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str contains
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[s1] LIKE N'%b%' ESCAPE N'/') AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event str max
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: empty string is not null
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[s1] IS NULL) THEN 1 WHEN (NOT ([j1].[s1] IS NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: in event series
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id], [t].[i1] AS [value] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[i1] IS NOT NULL))) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id]))) THEN 1 WHEN (NOT ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id])))) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: not in event series
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id], [t].[i1] AS [value] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[i1] IS NOT NULL))) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN (NOT ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id])))) THEN 1 WHEN (NOT (NOT ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id]))))) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: in filtered event series
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id], [t].[i1] AS [value] FROM [e] AS [t] WHERE ((([t].[b1] = 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AND ([t].[i1] IS NOT NULL))) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id]))) THEN 1 WHEN (NOT ([j1].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [pop].[patient_id])))) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: event values in event series
-- Run query 001 / 019
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 019
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 019
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 019
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 019
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 019
DROP TABLE [#patient_ids_1];

-- Run query 007 / 019
DROP TABLE [#tmp_2];

-- Run query 008 / 019
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 019
SELECT * INTO [#tmp_4] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id], [t].[i2] AS [value] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[i2] IS NOT NULL))) AS t;

-- Run query 010 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 019
SELECT * INTO [#tmp_5] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[i1] IN (SELECT [s].[value] FROM [#tmp_4] AS [s] WHERE ([s].[patient_id] = [t].[patient_id]))) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 012 / 019
DROP TABLE [#tmp_4];

-- Run query 013 / 019
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 014 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_5] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 015 / 019
DROP TABLE [#population_3];

-- Run query 016 / 019
DROP TABLE [#tmp_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

