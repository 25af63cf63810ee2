-- Test only: a migration that fails half-way, to show the whole migration rolls back.
CREATE TABLE half_done (x INTEGER);
INSERT INTO no_such_table VALUES (1);
