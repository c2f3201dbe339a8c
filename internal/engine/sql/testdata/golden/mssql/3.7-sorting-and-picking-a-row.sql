-- === case: first puts null first
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: last takes greatest
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: spec example two keys
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC, [t].[i2] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: leftmost key has priority
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i2] ASC, [t].[i1] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: leftmost key has priority last
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i2] DESC, [t].[i1] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: second key breaks ties
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] DESC, [t].[i2] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: selected sort key
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i1] AS [i1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [i1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: first by date null first
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[s1] AS [s1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [s1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] ASC, [t].[s1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: last by date
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[s1] AS [s1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [s1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] DESC, [t].[s1] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: first non null date
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[s1] AS [s1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [s1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] ASC, [t].[s1] ASC) AS [rn] FROM [e] AS [t] WHERE ((NOT ([t].[d1] IS NULL)) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: last date value
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[d1] AS [d1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[d1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: first by string
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[s1] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: first by bool
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[b1] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: last by bool
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[b1] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: bool tie-break column
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[b1] AS [b1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[b1] AS [b1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i2] ASC, CAST(CASE WHEN ([t].[b1] = 1) THEN 1 WHEN (NOT ([t].[b1] = 1)) THEN 0 END AS BIGINT) ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[b1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: bool tie-break column last
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[b1] AS [b1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[b1] AS [b1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i2] DESC, CAST(CASE WHEN ([t].[b1] = 1) THEN 1 WHEN (NOT ([t].[b1] = 1)) THEN 0 END AS BIGINT) DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[b1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: sort by expression
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY (- [t].[i3]) ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: filter after sort
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE (([t].[i1] > 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: sort after filter
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE (([t].[i1] > 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: filter between sorts
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] DESC, [t].[i2] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE (([t].[i3] >= 10) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: exists on pick
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

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

-- === case: count on pick
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], CASE WHEN ([j1].[patient_id] IS NOT NULL) THEN 1 ELSE 0 END AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: exists on empty pick
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id] FROM (SELECT [t].[patient_id] AS [patient_id], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC) AS [rn] FROM [e] AS [t] WHERE (([t].[i3] > 25) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

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

-- === case: two columns from one pick share the row
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i2] AS [i2], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i2] AS [i2], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC, [t].[i2] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i2] + [j1].[i3]) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: tie-break uses every selected column alphabetically
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i1] AS [i1], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [i1], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i2] DESC, [t].[i1] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] + [j1].[i3]) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: tie-break by string column
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[s1] AS [s1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [s1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] ASC, [t].[s1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[s1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: picked value compared
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 019
SELECT * INTO [#tmp_5] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] DESC, [t].[i3] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 012 / 019
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 013 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(CASE WHEN ([j1].[i3] > [j2].[i3]) THEN 1 WHEN (NOT ([j1].[i3] > [j2].[i3])) THEN 0 END AS BIT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 014 / 019
DROP TABLE [#population_3];

-- Run query 015 / 019
DROP TABLE [#tmp_4];

-- Run query 016 / 019
DROP TABLE [#tmp_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

-- === case: first minus last
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[d1] AS [d1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 019
SELECT * INTO [#tmp_5] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[d1] AS [d1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] ASC) AS [rn] FROM [e] AS [t] WHERE ((NOT ([t].[d1] IS NULL)) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 012 / 019
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 013 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], CAST(DATEDIFF(day, [j2].[d1], [j1].[d1]) AS BIGINT) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 014 / 019
DROP TABLE [#population_3];

-- Run query 015 / 019
DROP TABLE [#tmp_4];

-- Run query 016 / 019
DROP TABLE [#tmp_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

-- === case: sort key from patient-level expression
-- Run query 001 / 016
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 016
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 016
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 016
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 016
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 006 / 016
DROP TABLE [#patient_ids_1];

-- Run query 007 / 016
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 016
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i3] AS [i3] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i3] AS [i3], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY ([t].[i3] + COALESCE([j1].[value_1], 0)) ASC, [t].[i3] ASC) AS [rn] FROM [e] AS [t] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 009 / 016
DROP TABLE [#tmp_2];

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i3] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: sort is stable for ties
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i2] AS [i2] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i2] AS [i2], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] DESC, [t].[i2] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i2] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: last picks null-free max with nulls present
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[d1] AS [d1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[d1] AS [d1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[d1] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 016
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 016
SELECT * INTO [#results_5] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[d1] AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

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

-- === case: float sort key
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
SELECT * INTO [#tmp_4] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i1] AS [i1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [i1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[f1] ASC, [t].[i1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 010 / 019
CREATE CLUSTERED INDEX [ix_tmp_4_patient_id] ON [#tmp_4] ([patient_id]);

-- Run query 011 / 019
SELECT * INTO [#tmp_5] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[i1] AS [i1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [i1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[f1] DESC, [t].[i1] DESC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 012 / 019
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 013 / 019
SELECT * INTO [#results_6] FROM (SELECT [pop].[patient_id] AS [patient_id], ([j1].[i1] + (10 * [j2].[i1])) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_4] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j2] ON ([j2].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 014 / 019
DROP TABLE [#population_3];

-- Run query 015 / 019
DROP TABLE [#tmp_4];

-- Run query 016 / 019
DROP TABLE [#tmp_5];

-- Run query 017 / 019
CREATE CLUSTERED INDEX [ix_results_6_patient_id] ON [#results_6] ([patient_id]);

-- Fetch results from query 018 / 019
SELECT [patient_id], [v] FROM [#results_6] ORDER BY [patient_id] ASC;

-- Run query 019 / 019
DROP TABLE [#results_6];

