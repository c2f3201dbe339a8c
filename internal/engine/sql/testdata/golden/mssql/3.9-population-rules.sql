-- === case: default is every patient in any table
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
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: exists in event table
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
DROP TABLE [#tmp_2];

-- Run query 008 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: exists in patient table
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 013
DROP TABLE [#patient_ids_1];

-- Run query 005 / 013
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 013
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_2]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [#tmp_3] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 013
DROP TABLE [#population_2];

-- Run query 010 / 013
DROP TABLE [#tmp_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: null population excludes
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[i1] > 2)) AS t;

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

-- === case: and
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) AND ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: or
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: filtered exists
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE ([t].[i1] > 1)) AS [aggregated] GROUP BY [patient_id]) AS t;

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
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: count condition
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1], CAST(SUM([e1]) AS BIGINT) AS [value_2] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE (COALESCE([j1].[value_1], 0) >= 2)) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_2] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: variables read tables outside the population expression
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE (NOT ([j1].[i1] IS NULL))) AS t;

-- Run query 004 / 013
DROP TABLE [#patient_ids_1];

-- Run query 005 / 013
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 013
SELECT * INTO [#tmp_3] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_2]))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_tmp_3_patient_id] ON [#tmp_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[value_1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [#tmp_3] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 013
DROP TABLE [#population_2];

-- Run query 010 / 013
DROP TABLE [#tmp_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: nobody
-- Run query 001 / 010
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 010
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 010
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[i1] > 100)) AS t;

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

-- === case: output is sorted and complete with inline order
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

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

