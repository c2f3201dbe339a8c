-- === case: sum int
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: sum float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[f1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: mean int is float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST([t].[i1] AS FLOAT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: mean float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST([t].[f1] AS FLOAT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: min int
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: max int
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: min float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[f1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: max float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[f1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: min str
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: max str
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: min date
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: max date
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: min code
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[c1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: max code
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[c1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count rows including nulls
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: exists
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j1].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count distinct int
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct str
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct date
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct code
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[c1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct bool
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[b1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct float
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[f1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count filtered
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[i1] > 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: exists filtered
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[i1] > 4) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j1].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: sum filtered
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t] WHERE (([t].[i1] > 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: sum of expression
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], ([t].[i1] * 2) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: sum empty after filter is null
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t] WHERE (([t].[i1] > 100) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: count empty after filter is zero
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] WHERE (([t].[i1] > 100) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: exists on patient frame
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
DROP TABLE [#tmp_2];

-- Run query 008 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 WHEN (NOT ([j1].[patient_id] IS NOT NULL)) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: count on patient frame
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
DROP TABLE [#tmp_2];

-- Run query 008 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 ELSE 0 END AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 010 / 013
DROP TABLE [#population_3];

-- Run query 011 / 013
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Fetch results from query 012 / 013
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Run query 013 / 013
DROP TABLE [#results_4];

-- === case: min of case
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MIN([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CASE WHEN ([t].[i1] > 1) THEN [t].[i1] ELSE CAST(NULL AS BIGINT) END AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: count distinct of all null
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t] WHERE (([t].[i1] IS NULL) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: max of bool-derived int
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], MAX([e1]) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST(CASE WHEN ([t].[b1] = 1) THEN 1 WHEN (NOT ([t].[b1] = 1)) THEN 0 END AS BIGINT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: mean of float with nulls
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST(([t].[f1] + [t].[f1]) AS FLOAT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: sum of negative values
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], (- [t].[i1]) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: aggregations combine
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM([e1]) AS BIGINT) AS [value_1], CAST(COUNT(*) AS BIGINT) AS [value_2] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 013
DROP TABLE [#patient_ids_1];

-- Run query 007 / 013
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 013
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[value_1] + COALESCE([j1].[value_2], 0)) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count distinct of expression
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(DISTINCT [e1]) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST(FLOOR((CAST([t].[i1] AS FLOAT) / NULLIF(CAST(2 AS FLOAT), 0))) AS BIGINT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 013
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 013
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

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

-- === case: sum zero is not null
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

-- === case: mean of single value
-- Run query 001 / 013
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 013
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 013
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(AVG([e1]) AS FLOAT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id], CAST([t].[f1] AS FLOAT) AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

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

-- === case: count episodes gap 9
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 9)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count episodes gap 10
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 10)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count episodes gap 14 not strictly greater
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 14)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count episodes gap 0
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 0)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count episodes six weeks
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 42)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE (([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: count episodes filtered
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [p] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
DROP TABLE [#tmp_2];

-- Run query 008 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 009 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [patient_id] AS [patient_id], CAST(SUM(CASE WHEN (([prev] IS NULL) OR (CAST(DATEDIFF(day, [prev], [d]) AS BIGINT) > 9)) THEN 1 ELSE 0 END) AS BIGINT) AS [value] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d], LAG([t].[d1]) OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1]) AS [prev] FROM [e] AS [t] WHERE ((([t].[d1] > CAST('20200105' AS DATE)) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AND ([t].[d1] IS NOT NULL))) AS [episodes] GROUP BY [patient_id]) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

