-- === case: int add
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

-- === case: int subtract
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] - [j1].[i2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int multiply
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] * [j1].[i2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int negate
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (- [j1].[i1]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int absolute
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ABS([j1].[i1]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int true divide
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST([j1].[i1] AS FLOAT) / NULLIF(CAST([j1].[i2] AS FLOAT), 0)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int floor divide
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST([j1].[i1] AS FLOAT) / NULLIF(CAST([j1].[i2] AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN (([j1].[i1] = 0) AND ([j1].[i2] < 0)) THEN CAST(NULL AS FLOAT) WHEN (([j1].[i1] < 0) AND (CAST([j1].[i2] AS FLOAT) <> FLOOR(CAST([j1].[i2] AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST([j1].[i1] AS FLOAT), CAST([j1].[i2] AS FLOAT)) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int add literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] + 1) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: literal minus series
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (1 + (- [j1].[i1])) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int cast to float
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST([j1].[i1] AS FLOAT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: int cast to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float add
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[f1] + [j1].[f2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float subtract
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[f1] - [j1].[f2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float multiply
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[f1] * [j1].[f2]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float negate
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (- [j1].[f1]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float absolute
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ABS([j1].[f1]) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float true divide
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST([j1].[f1] AS FLOAT) / NULLIF(CAST([j1].[f2] AS FLOAT), 0)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float floor divide is int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST([j1].[f1] AS FLOAT) / NULLIF(CAST([j1].[f2] AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN (([j1].[f1] = 0) AND ([j1].[f2] < 0)) THEN CAST(NULL AS FLOAT) WHEN (([j1].[f1] < 0) AND (CAST([j1].[f2] AS FLOAT) <> FLOOR(CAST([j1].[f2] AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST([j1].[f1] AS FLOAT), CAST([j1].[f2] AS FLOAT)) END AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float cast to int truncates
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST([j1].[f1] AS BIGINT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float cast to float
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST([j1].[f1] AS FLOAT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: bool cast to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[b1] = 1) THEN 1 WHEN (NOT ([j1].[b1] = 1)) THEN 0 END AS BIGINT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float plus cast int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[f1] + CAST([j1].[i1] AS FLOAT)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: divide by zero literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST([j1].[i1] AS FLOAT) / NULLIF(CAST(0 AS FLOAT), 0)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor divide by zero literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST([j1].[i1] AS FLOAT) / NULLIF(CAST(0 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: float divide by zero
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST([j1].[f1] AS FLOAT) / NULLIF(CAST(CAST(0.0 AS FLOAT) AS FLOAT), 0)) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor -1 // 2
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(-1 AS FLOAT) / NULLIF(CAST(2 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor -4 // 3
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(-4 AS FLOAT) / NULLIF(CAST(3 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor 10 // -4
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(10 AS FLOAT) / NULLIF(CAST(-4 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor -10 // -4
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(-10 AS FLOAT) / NULLIF(CAST(-4 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor 9 // 3
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(9 AS FLOAT) / NULLIF(CAST(3 AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: floor float -7.0 // 2.0
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(FLOOR((CAST(CAST(-7.0 AS FLOAT) AS FLOAT) / NULLIF(CAST(CAST(2.0 AS FLOAT) AS FLOAT), 0))) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: true divide ints gives float
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST(1 AS FLOAT) / NULLIF(CAST(4 AS FLOAT), 0)) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: negative power negative
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((-10 = 0) AND (-1 < 0)) THEN CAST(NULL AS FLOAT) WHEN ((-10 < 0) AND (CAST(-1 AS FLOAT) <> FLOOR(CAST(-1 AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(-10 AS FLOAT), CAST(-1 AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: negative float to fractional power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((CAST(-101.3 AS FLOAT) = 0) AND (CAST(10.3 AS FLOAT) < 0)) THEN CAST(NULL AS FLOAT) WHEN ((CAST(-101.3 AS FLOAT) < 0) AND (CAST(CAST(10.3 AS FLOAT) AS FLOAT) <> FLOOR(CAST(CAST(10.3 AS FLOAT) AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(CAST(-101.3 AS FLOAT) AS FLOAT), CAST(CAST(10.3 AS FLOAT) AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: zero to negative power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((0 = 0) AND (-1 < 0)) THEN CAST(NULL AS FLOAT) WHEN ((0 < 0) AND (CAST(-1 AS FLOAT) <> FLOOR(CAST(-1 AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(0 AS FLOAT), CAST(-1 AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: zero float to negative power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((CAST(0.0 AS FLOAT) = 0) AND (CAST(-0.5 AS FLOAT) < 0)) THEN CAST(NULL AS FLOAT) WHEN ((CAST(0.0 AS FLOAT) < 0) AND (CAST(CAST(-0.5 AS FLOAT) AS FLOAT) <> FLOOR(CAST(CAST(-0.5 AS FLOAT) AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(CAST(0.0 AS FLOAT) AS FLOAT), CAST(CAST(-0.5 AS FLOAT) AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: power zero
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((5 = 0) AND (0 < 0)) THEN CAST(NULL AS FLOAT) WHEN ((5 < 0) AND (CAST(0 AS FLOAT) <> FLOOR(CAST(0 AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(5 AS FLOAT), CAST(0 AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: zero to power zero
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((0 = 0) AND (0 < 0)) THEN CAST(NULL AS FLOAT) WHEN ((0 < 0) AND (CAST(0 AS FLOAT) <> FLOOR(CAST(0 AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(0 AS FLOAT), CAST(0 AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: negative to integral float power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((CAST(-2.0 AS FLOAT) = 0) AND (CAST(3.0 AS FLOAT) < 0)) THEN CAST(NULL AS FLOAT) WHEN ((CAST(-2.0 AS FLOAT) < 0) AND (CAST(CAST(3.0 AS FLOAT) AS FLOAT) <> FLOOR(CAST(CAST(3.0 AS FLOAT) AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(CAST(-2.0 AS FLOAT) AS FLOAT), CAST(CAST(3.0 AS FLOAT) AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: fractional power
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ((CAST(9.0 AS FLOAT) = 0) AND (CAST(0.5 AS FLOAT) < 0)) THEN CAST(NULL AS FLOAT) WHEN ((CAST(9.0 AS FLOAT) < 0) AND (CAST(CAST(0.5 AS FLOAT) AS FLOAT) <> FLOOR(CAST(CAST(0.5 AS FLOAT) AS FLOAT)))) THEN CAST(NULL AS FLOAT) ELSE POWER(CAST(CAST(9.0 AS FLOAT) AS FLOAT), CAST(CAST(0.5 AS FLOAT) AS FLOAT)) END AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: cast 0.5 to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CAST(0.5 AS FLOAT) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: cast -6.7 to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CAST(-6.7 AS FLOAT) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: cast -0.5 to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CAST(-0.5 AS FLOAT) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: cast 2.999 to int
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CAST(2.999 AS FLOAT) AS BIGINT) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: absolute of negative literal
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], ABS(-3) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

-- === case: large int arithmetic
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
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], (CAST(3000000000 AS BIGINT) * 3) AS [v] FROM [#population_2] AS [pop]) AS t;

-- Run query 007 / 010
DROP TABLE [#population_2];

-- Run query 008 / 010
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Fetch results from query 009 / 010
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Run query 010 / 010
DROP TABLE [#results_3];

