-- === case: columns of an event frame
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], [t].[d1] AS [when], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value], [when] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: filtered frame
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], [t].[s1] AS [name], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE (([t].[i1] > 1) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value], [name] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: patient series broadcast
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], [j1].[i1] AS [base], ([t].[i1] + [j1].[i1]) AS [sum], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value], [base], [sum] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: only population patients
-- Run query 001 / 014
SELECT * INTO [#patient_ids_1] FROM (SELECT DISTINCT [t].[patient_id] AS [patient_id] FROM [p] AS [t]) AS t;

-- Run query 002 / 014
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 014
SELECT * INTO [#population_2] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) WHERE ([j1].[patient_id] IS NOT NULL)) AS t;

-- Run query 004 / 014
DROP TABLE [#patient_ids_1];

-- Run query 005 / 014
CREATE CLUSTERED INDEX [ix_population_2_patient_id] ON [#population_2] ([patient_id]);

-- Run query 006 / 014
SELECT * INTO [#results_3] FROM (SELECT [pop].[patient_id] AS [patient_id], [j1].[i1] AS [v] FROM [#population_2] AS [pop] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 007 / 014
CREATE CLUSTERED INDEX [ix_results_3_patient_id] ON [#results_3] ([patient_id]);

-- Run query 008 / 014
SELECT * INTO [#results_4] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_2]))) AS t;

-- Run query 009 / 014
DROP TABLE [#population_2];

-- Run query 010 / 014
CREATE CLUSTERED INDEX [ix_results_4_row_id] ON [#results_4] ([row_id]);

-- Fetch results from query 011 / 014
SELECT [patient_id], [v] FROM [#results_3] ORDER BY [patient_id] ASC;

-- Fetch results from query 012 / 014
SELECT [patient_id], [value] FROM [#results_4] ORDER BY [row_id] ASC;

-- Run query 013 / 014
DROP TABLE [#results_3];

-- Run query 014 / 014
DROP TABLE [#results_4];

-- === case: constant member
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], N'x' AS [k], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value], [k] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: sorted frame keeps every row
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], [t].[d1] AS [date], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value], [date] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: no rows
-- Run query 001 / 017
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 017
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 017
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 017
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 017
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 017
DROP TABLE [#patient_ids_1];

-- Run query 007 / 017
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 017
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 017
DROP TABLE [#tmp_2];

-- Run query 010 / 017
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 011 / 017
SELECT * INTO [#results_5] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] WHERE (([t].[i1] > 100) AND ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3])))) AS t;

-- Run query 012 / 017
DROP TABLE [#population_3];

-- Run query 013 / 017
CREATE CLUSTERED INDEX [ix_results_5_row_id] ON [#results_5] ([row_id]);

-- Fetch results from query 014 / 017
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 015 / 017
SELECT [patient_id], [value] FROM [#results_5] ORDER BY [row_id] ASC;

-- Run query 016 / 017
DROP TABLE [#results_4];

-- Run query 017 / 017
DROP TABLE [#results_5];

-- === case: aggregate member
-- Run query 001 / 020
SELECT * INTO [#patient_ids_1] FROM (SELECT [t].[patient_id] AS [patient_id] FROM [p] AS [t] UNION SELECT [t].[patient_id] AS [patient_id] FROM [e] AS [t]) AS t;

-- Run query 002 / 020
CREATE CLUSTERED INDEX [ix_patient_ids_1_patient_id] ON [#patient_ids_1] ([patient_id]);

-- Run query 003 / 020
SELECT * INTO [#tmp_2] FROM (SELECT [patient_id] AS [patient_id], CAST(COUNT(*) AS BIGINT) AS [value_1], CAST(SUM([e1]) AS BIGINT) AS [value_2] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [e1] FROM [e] AS [t]) AS [aggregated] GROUP BY [patient_id]) AS t;

-- Run query 004 / 020
CREATE CLUSTERED INDEX [ix_tmp_2_patient_id] ON [#tmp_2] ([patient_id]);

-- Run query 005 / 020
SELECT * INTO [#population_3] FROM (SELECT [ids].[patient_id] AS [patient_id] FROM [#patient_ids_1] AS [ids] LEFT OUTER JOIN [p] AS [j1] ON ([j1].[patient_id] = [ids].[patient_id]) LEFT OUTER JOIN [#tmp_2] AS [j2] ON ([j2].[patient_id] = [ids].[patient_id]) WHERE (([j1].[patient_id] IS NOT NULL) OR ([j2].[patient_id] IS NOT NULL))) AS t;

-- Run query 006 / 020
DROP TABLE [#patient_ids_1];

-- Run query 007 / 020
CREATE CLUSTERED INDEX [ix_population_3_patient_id] ON [#population_3] ([patient_id]);

-- Run query 008 / 020
SELECT * INTO [#results_4] FROM (SELECT [pop].[patient_id] AS [patient_id], COALESCE([j1].[value_1], 0) AS [v] FROM [#population_3] AS [pop] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [pop].[patient_id])) AS t;

-- Run query 009 / 020
CREATE CLUSTERED INDEX [ix_results_4_patient_id] ON [#results_4] ([patient_id]);

-- Run query 010 / 020
SELECT * INTO [#tmp_5] FROM (SELECT [picked].[patient_id] AS [patient_id], [picked].[s1] AS [s1] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[s1] AS [s1], ROW_NUMBER() OVER (PARTITION BY [t].[patient_id] ORDER BY [t].[i1] ASC, [t].[s1] ASC) AS [rn] FROM [e] AS [t] WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS [picked] WHERE ([picked].[rn] = 1)) AS t;

-- Run query 011 / 020
CREATE CLUSTERED INDEX [ix_tmp_5_patient_id] ON [#tmp_5] ([patient_id]);

-- Run query 012 / 020
SELECT * INTO [#results_6] FROM (SELECT [t].[patient_id] AS [patient_id], [t].[i1] AS [value], [j1].[value_2] AS [total], [j2].[s1] AS [first], ROW_NUMBER() OVER (ORDER BY [t].[patient_id] ASC) AS [row_id] FROM [e] AS [t] LEFT OUTER JOIN [#tmp_2] AS [j1] ON ([j1].[patient_id] = [t].[patient_id]) LEFT OUTER JOIN [#tmp_5] AS [j2] ON ([j2].[patient_id] = [t].[patient_id]) WHERE ([t].[patient_id] IN (SELECT [patient_id] FROM [#population_3]))) AS t;

-- Run query 013 / 020
DROP TABLE [#tmp_2];

-- Run query 014 / 020
DROP TABLE [#population_3];

-- Run query 015 / 020
DROP TABLE [#tmp_5];

-- Run query 016 / 020
CREATE CLUSTERED INDEX [ix_results_6_row_id] ON [#results_6] ([row_id]);

-- Fetch results from query 017 / 020
SELECT [patient_id], [v] FROM [#results_4] ORDER BY [patient_id] ASC;

-- Fetch results from query 018 / 020
SELECT [patient_id], [value], [total], [first] FROM [#results_6] ORDER BY [row_id] ASC;

-- Run query 019 / 020
DROP TABLE [#results_4];

-- Run query 020 / 020
DROP TABLE [#results_6];

