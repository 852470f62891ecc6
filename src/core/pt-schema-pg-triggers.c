/* pt-schema-pg-triggers.c: the triggers of the PostgreSQL schema (issue 20)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQLite schema's triggers at version 7 (pt-schema.c), in PL/pgSQL,
 * for the tables of pt-schema-pg.c's baseline: the script runs right
 * after the baseline, in its transaction, in the current schema (no name
 * is schema-qualified: the search_path picks the schema).
 *
 *  - patient_summaries, kept in the writing statement as migrations 2, 3
 *    and 4 last defined it, with the same expressions (the SUMMARY_
 *    macros below follow pt-schema.c's one by one);
 *  - the audit trail of migrations 6 and 7: one row per created, changed
 *    or deleted record, with the JSON text SQLite's triggers write for the
 *    same row, byte for byte (test-pg-triggers compares both).
 *
 * A SQLite trigger is a list of statements; a PostgreSQL trigger runs a
 * function. Each table has one function per purpose ("sessions_summary",
 * "sessions_audit") that looks at TG_OP, and the triggers keep SQLite's
 * names (sessions_summary_insert, sessions_audit_update, ...), so the bulk
 * path can drop and recreate the audit insert triggers by name, as it does
 * on SQLite. A generic function per purpose (TG_TABLE_NAME, to_jsonb) would
 * be shorter, but jsonb orders its keys by length and prints numbers its
 * own way: the JSON would not be SQLite's text, so each table's function is
 * written out by the macros, as pt-schema.c's triggers are.
 *
 * The translations of SQLite's idioms, once each, next to their first use:
 *  - FOR EACH ROW is implicit in SQLite and said here. PostgreSQL fires an
 *    AFTER ROW trigger at the end of the statement, not right after its
 *    row, and it then sees every row the statement wrote; each trigger
 *    recomputes its fields from the records, so the summary ends the same.
 *  - UPDATE OF columns fires, in both, when one of them is named in the
 *    UPDATE's SET, whether or not its value changes.
 *  - WHEN x IS NOT y (SQLite's NULL-safe comparison) is WHEN (x IS
 *    DISTINCT FROM y).
 *  - A text ordering (max(date), ORDER BY onset_date) says COLLATE "C":
 *    SQLite's BINARY, whatever the database's collation.
 */

#include "config.h"

#include "pt-schema.h"

/* patient_summaries (migrations 2-4). SQLite's pt-schema.c has the rules
 * and why; here they are in PostgreSQL's words. */
#define SUMMARY_SESSION_COUNT(pid) "(SELECT count(*) FROM sessions WHERE patient_id = " pid ")"
#define SUMMARY_LAST_VISIT(pid) \
  "(SELECT max(date COLLATE \"C\") FROM sessions WHERE patient_id = " pid ")"
/* Migration 2's latest pain, which only the patients insert trigger still
 * uses (migration 4 did not redefine it): for a new patient, who has no
 * scores, it is NULL, as every field but session_count. */
#define SUMMARY_LATEST_PAIN_2(pid) \
  "(SELECT avg(score) FROM pain_scores WHERE patient_id = " pid " AND date = " \
  "(SELECT max(date COLLATE \"C\") FROM pain_scores WHERE patient_id = " pid "))"
#define SUMMARY_ACTIVE_CONDITION(pid) \
  "(SELECT id FROM conditions WHERE patient_id = " pid " AND status = 'active' " \
  "ORDER BY onset_date COLLATE \"C\" DESC, id DESC LIMIT 1)"
#define SUMMARY_NEXT_VISIT(pid) \
  "(SELECT next_visit FROM sessions WHERE patient_id = " pid " " \
  "ORDER BY date COLLATE \"C\" DESC, id DESC LIMIT 1)"
/* status = 'active' DESC: SQLite's 1 before 0 is PostgreSQL's true
 * before false. */
#define SUMMARY_MAIN_CONDITION(pid) \
  "(SELECT id FROM conditions WHERE patient_id = " pid " " \
  "ORDER BY status = 'active' DESC, onset_date COLLATE \"C\" DESC, id DESC LIMIT 1)"
#define SUMMARY_SCORES_OF(pid, main) \
  "FROM pain_scores WHERE patient_id = " pid " AND (condition_id IS NULL OR " \
  "condition_id = " main ")"
#define SUMMARY_BEFORE_OF(pid, main) \
  "FROM sessions WHERE patient_id = " pid " AND pain_before IS NOT NULL AND " \
  "condition_id = " main
/* SQLite's scalar max(a, b) is greatest(a, b) (which skips a NULL where
 * max() returns it; the coalesce()s make both the later day). A subquery
 * in FROM needs a name in PostgreSQL 15 ("AS days"). */
#define SUMMARY_LATEST_PAIN_DAY(pid, main) \
  "(SELECT greatest(coalesce(s, b), coalesce(b, s)) FROM " \
  "(SELECT (SELECT max(date COLLATE \"C\") " SUMMARY_SCORES_OF (pid, main) ") AS s, " \
  "(SELECT max(date COLLATE \"C\") " SUMMARY_BEFORE_OF (pid, main) ") AS b) AS days)"
/* avg() of DOUBLE PRECISION is DOUBLE PRECISION, as SQLite's REAL. */
#define SUMMARY_LATEST_PAIN_OF(pid, main) \
  "(SELECT avg(pain) FROM (" \
  "SELECT score AS pain " SUMMARY_SCORES_OF (pid, main) \
  " AND date = " SUMMARY_LATEST_PAIN_DAY (pid, main) " UNION ALL " \
  "SELECT pain_before " SUMMARY_BEFORE_OF (pid, main) \
  " AND date = " SUMMARY_LATEST_PAIN_DAY (pid, main) ") AS readings)"

/* The SET of each table's trigger, as migration 4 left them: the
 * expressions read the summary row as it was before the UPDATE, in both. */
#define SUMMARY_ROW "patient_summaries.patient_id"
#define SUMMARY_SET_SESSIONS \
  "session_count = " SUMMARY_SESSION_COUNT (SUMMARY_ROW) ",\n" \
  "      last_visit = " SUMMARY_LAST_VISIT (SUMMARY_ROW) ",\n" \
  "      next_visit = " SUMMARY_NEXT_VISIT (SUMMARY_ROW)
#define SUMMARY_SET_PAIN \
  "latest_pain = " SUMMARY_LATEST_PAIN_OF (SUMMARY_ROW, "patient_summaries.main_condition_id")
#define SUMMARY_SET_CONDITION \
  "active_condition_id = " SUMMARY_ACTIVE_CONDITION (SUMMARY_ROW) ",\n" \
  "      main_condition_id = " SUMMARY_MAIN_CONDITION (SUMMARY_ROW) ",\n" \
  "      latest_pain = " \
  SUMMARY_LATEST_PAIN_OF (SUMMARY_ROW, SUMMARY_MAIN_CONDITION (SUMMARY_ROW))

/* The function of @table's summary triggers: @set for the patients of the
 * new row, of the old row, of both (NEW is NULL in a delete, OLD in an
 * insert, hence TG_OP).
 *
 * Exact in READ COMMITTED too: the summary rows are locked first, in a
 * statement of their own (in the order of their ids, so two writers never
 * deadlock on them), and the UPDATE after it takes a new snapshot that
 * sees whatever the writer who held the lock committed. A single UPDATE
 * would wait for the lock as well but compute the SET with the snapshot
 * it started with, missing that writer's records. (The store serialises
 * its writers anyway; this keeps other writers exact.)
 *
 * force_generic_plan: the UPDATE's plan does not depend on the ids, and
 * PL/pgSQL would otherwise plan it again for every row (it finds a
 * custom plan cheaper than the generic one), which took 1.5 ms a row. */
#define SUMMARY_FUNCTION(table, set) \
  "CREATE FUNCTION " table "_summary () RETURNS trigger LANGUAGE plpgsql\n" \
  "  SET plan_cache_mode = force_generic_plan AS $$\n" \
  "DECLARE\n" \
  "  ids bigint[];\n" \
  "BEGIN\n" \
  "  IF TG_OP = 'INSERT' THEN\n" \
  "    ids := ARRAY[NEW.patient_id];\n" \
  "  ELSIF TG_OP = 'DELETE' THEN\n" \
  "    ids := ARRAY[OLD.patient_id];\n" \
  "  ELSE\n" \
  "    ids := ARRAY[OLD.patient_id, NEW.patient_id];\n" \
  "  END IF;\n" \
  "  PERFORM 1 FROM patient_summaries WHERE patient_id = ANY (ids)\n" \
  "    ORDER BY patient_id FOR UPDATE;\n" \
  "  UPDATE patient_summaries\n" \
  "    SET " set "\n" \
  "    WHERE patient_id = ANY (ids);\n" \
  "  RETURN NULL;\n" \
  "END\n" \
  "$$;\n"

/* AFTER INSERT, DELETE and UPDATE OF @columns on @table. */
#define SUMMARY_TRIGGERS(table, columns, set) \
  SUMMARY_FUNCTION (table, set) \
  "CREATE TRIGGER " table "_summary_insert AFTER INSERT ON " table "\n" \
  "  FOR EACH ROW EXECUTE FUNCTION " table "_summary ();\n" \
  "CREATE TRIGGER " table "_summary_delete AFTER DELETE ON " table "\n" \
  "  FOR EACH ROW EXECUTE FUNCTION " table "_summary ();\n" \
  "CREATE TRIGGER " table "_summary_update AFTER UPDATE OF " columns " ON " table "\n" \
  "  FOR EACH ROW EXECUTE FUNCTION " table "_summary ();\n"

/* A new patient's row, with migration 2's columns and expressions (the
 * later two are NULL, as SQLite's ADD COLUMN left them), and its removal.
 *
 * The removal is BEFORE DELETE where SQLite's is AFTER: the foreign key
 * of patient_summaries is checked by an AFTER trigger of PostgreSQL's own
 * ("RI_ConstraintTrigger_a_..."), and AFTER triggers of one event fire in
 * the order of their names, where that one comes first: an AFTER removal
 * would come too late and every delete of a patient be refused (tried on
 * PostgreSQL 15). Before it, the row is gone; when the delete fails (the
 * patient has records), the statement's removal is undone with it, as in
 * SQLite. */
#define SUMMARY_PATIENTS \
  "CREATE FUNCTION patients_summary () RETURNS trigger LANGUAGE plpgsql AS $$\n" \
  "BEGIN\n" \
  "  IF TG_OP = 'INSERT' THEN\n" \
  "    INSERT INTO patient_summaries (patient_id, session_count, last_visit, latest_pain,\n" \
  "      active_condition_id)\n" \
  "    VALUES (NEW.id, " SUMMARY_SESSION_COUNT ("NEW.id") ", " SUMMARY_LAST_VISIT ("NEW.id") \
  ",\n" \
  "      " SUMMARY_LATEST_PAIN_2 ("NEW.id") ", " SUMMARY_ACTIVE_CONDITION ("NEW.id") ");\n" \
  "    RETURN NULL;\n" \
  "  END IF;\n" \
  "  DELETE FROM patient_summaries WHERE patient_id = OLD.id;\n" \
  "  RETURN OLD;\n" \
  "END\n" \
  "$$;\n" \
  "CREATE TRIGGER patients_summary_insert AFTER INSERT ON patients\n" \
  "  FOR EACH ROW EXECUTE FUNCTION patients_summary ();\n" \
  "CREATE TRIGGER patients_summary_delete BEFORE DELETE ON patients\n" \
  "  FOR EACH ROW EXECUTE FUNCTION patients_summary ();\n"

/* The audit trail (migrations 6 and 7). The field lists are pt-schema.c's
 * AUDIT_ lists, in the same order, with SQLite's N split by the column's
 * type: N an INTEGER (BIGINT here), R a REAL (DOUBLE PRECISION), which
 * SQLite and PostgreSQL print differently. T is text escaped for JSON, S
 * text quoted as it is (dates and enum nicks). */
#define AUDIT_PATIENTS(T, S, N, R, SEP) \
  T (name) SEP S (date_of_birth) SEP S (sex) SEP T (contact) SEP T (record_number) SEP \
  T (notes) SEP N (archived)
#define AUDIT_CONDITIONS(T, S, N, R, SEP) \
  N (patient_id) SEP S (kind) SEP S (side) SEP S (onset_date) SEP S (status) SEP \
  N (prior_treatments) SEP T (notes)
#define AUDIT_SESSIONS(T, S, N, R, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP S (treatment) SEP T (solution) SEP \
  R (concentration_pct) SEP R (volume_ml) SEP N (injection_count) SEP T (structures) SEP \
  T (clinician) SEP T (site) SEP R (pain_before) SEP R (pain_after) SEP \
  T (adverse_events) SEP T (advice) SEP S (next_visit) SEP T (notes)
#define AUDIT_PAIN_SCORES(T, S, N, R, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP R (score) SEP S (context) SEP \
  S (source) SEP T (notes)
#define AUDIT_SHOES(T, S, N, R, SEP) \
  N (patient_id) SEP T (name) SEP S (started) SEP S (retired) SEP T (notes)
#define AUDIT_RUNS(T, S, N, R, SEP) \
  N (patient_id) SEP S (date) SEP R (distance_m) SEP N (duration_s) SEP S (surface) SEP \
  N (shoe_id) SEP R (pain_during) SEP T (notes)
#define AUDIT_CROSS_TRAINING(T, S, N, R, SEP) \
  N (patient_id) SEP S (date) SEP S (activity) SEP N (minutes) SEP N (effort) SEP T (notes)
#define AUDIT_OUTCOMES(T, S, N, R, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP S (kind) SEP R (total) SEP \
  S (answers) SEP T (custom_name) SEP R (custom_min) SEP R (custom_max) SEP \
  N (custom_higher_better) SEP R (custom_mcid) SEP T (notes)
#define AUDIT_RUN_PLANS(T, S, N, R, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (start_date) SEP S (steps) SEP S (rule) SEP \
  R (max_pain_during) SEP R (max_pain_after) SEP N (check_next_morning) SEP \
  R (next_morning_tolerance) SEP N (next_morning_days) SEP N (require_next_morning) SEP \
  N (check_weekly) SEP R (weekly_tolerance) SEP N (current_step) SEP T (notes)

/* A REAL as SQLite prints it when it makes text of one (sqlite3_str
 * "%!.15g", SQLite 3.40): 15 significant digits, trailing zeros dropped
 * but always a digit after the point, the exponent form below 1e-4 and
 * from 1e15 on with at least two exponent digits: 5 is "5.0", 0.1 "0.1",
 * 1e-5 "1.0e-05", 123456789012345680 "1.23456789012346e+17", 1e15
 * "1.0e+15"; -0 is "0.0" and an infinity "Inf" or "-Inf". PostgreSQL's
 * own text of a double is the shortest that reads back exactly ("5",
 * "1e-05", "1.2345678901234568e+17"). NaN, which SQLite cannot store (it
 * becomes NULL), gives NULL, so the JSON has null, as SQLite's would for
 * the same write.
 *
 * The 15 digits (d) and the exponent (e) are pt_sqlite_digits()'s; the
 * rest is placing the point. IMMUTABLE, all of them (to_char is STABLE
 * only for the locale of patterns these do not use). */
#define PG_REAL_TEXT_FUNCTION \
  "CREATE FUNCTION pt_sqlite_real_text (x double precision) RETURNS text\n" \
  "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "  SELECT CASE\n" \
  "    WHEN x = 0 THEN '0.0'\n" \
  "    WHEN x = 'Infinity' THEN 'Inf'\n" \
  "    WHEN x = '-Infinity' THEN '-Inf'\n" \
  "    WHEN x = 'NaN' THEN NULL\n" \
  "    ELSE CASE WHEN x < 0 THEN '-' ELSE '' END || (\n" \
  "      SELECT CASE\n" \
  "        WHEN e < -4 OR e > 14 THEN\n" \
  "          substr (d, 1, 1) || '.' || coalesce (nullif (rtrim (substr (d, 2), '0'), ''), '0')\n" \
  "          || 'e' || CASE WHEN e < 0 THEN '-' ELSE '+' END\n" \
  "          || CASE WHEN abs (e) < 10 THEN '0' ELSE '' END || abs (e)\n" \
  "        WHEN e < 0 THEN '0.' || repeat ('0', -e - 1) || rtrim (d, '0')\n" \
  "        ELSE substr (d, 1, e + 1) || '.'\n" \
  "          || coalesce (nullif (rtrim (substr (d, e + 2), '0'), ''), '0')\n" \
  "      END\n" \
  "      FROM pt_sqlite_digits (abs (x)))\n" \
  "  END\n" \
  "$$;\n"

/* The 15 significant digits of a positive finite x, and its exponent, as
 * SQLite's printf takes them. to_char(x, '9.99999999999999EEEE') gives
 * them rounded by the C library's printf ("5.00000000000000e+00"), which
 * is SQLite's digits everywhere but near a tie, where the 16th to 20th
 * digits are 49000 to 51000: printf rounds exactly (half to even),
 * SQLite adds half a unit of the 15th digit in x87 long double arithmetic
 * after dividing by a power of ten, so it rounds up or down as the
 * division's last bits fall: 1234567890123445 is "1.23456789012345e+15"
 * (printf: "...44e+15"), 3490061275754505 "3.4900612757545e+15", down,
 * and 6852.533397879115, no tie, "6852.53339787911" (printf: "...912"). There
 * pt_x87_digits() does SQLite's steps, below 1e27, where its powers of
 * ten are exact long doubles; above, a near tie may differ in the 15th
 * digit (no column the app writes holds such numbers). The window is
 * some 20 times the error of SQLite's arithmetic, and keeps the slow
 * emulation to about one number in fifty. */
#define PG_DIGITS_FUNCTION \
  "CREATE FUNCTION pt_sqlite_digits (x double precision, OUT d text, OUT e integer)\n" \
  "  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "DECLARE\n" \
  "  m text := btrim (to_char (x, '9.9999999999999999999EEEE'));\n" \
  "BEGIN\n" \
  /* m is "d.ddd...e+NN": the 16th to 20th digits are at 17. */ \
  "  IF substr (m, 17, 5)::integer BETWEEN 49000 AND 51000 AND x < 1e27 THEN\n" \
  "    SELECT * INTO d, e FROM pt_x87_digits (x);\n" \
  "    RETURN;\n" \
  "  END IF;\n" \
  "  m := btrim (to_char (x, '9.99999999999999EEEE'));\n" \
  "  d := replace (split_part (m, 'e', 1), '.', '');\n" \
  "  e := split_part (m, 'e', 2)::integer;\n" \
  "END\n" \
  "$$;\n"

/* SQLite 3.40's printf (etGENERIC, precision 15, the "!" flag) in exact
 * numeric arithmetic, every step rounded as the x87 rounds a long double
 * (pt_x87_round: to 64 significant bits, half to even): the value divided
 * by 10^e (an exact long double up to 10^27), or multiplied by 1e8 while
 * under 1e-8 and by 10 until it is 1 or more; 5e-15 added (the double
 * 5e-05 times the double 1e-10); then each digit taken off and the rest
 * multiplied by 10. pt_double_exact is a double's exact value, from its
 * IEEE 754 bits (float8send). Only for x86-64 SQLite, whose long double
 * is the x87's; test-pg-triggers checks it against the SQLite it links,
 * on thousands of ties. */
#define PG_X87_FUNCTIONS \
  "CREATE FUNCTION pt_pow2 (k integer) RETURNS numeric\n" \
  "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "  SELECT CASE WHEN k >= 0 THEN power (2::numeric, k)\n" \
  "    ELSE power (5::numeric, -k) * ('1e' || k)::numeric END\n" \
  "$$;\n" \
  "CREATE FUNCTION pt_double_exact (x double precision) RETURNS numeric\n" \
  "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "  SELECT CASE WHEN b = 0 THEN m * pt_pow2 (-1074)\n" \
  "    ELSE (m + 4503599627370496) * pt_pow2 (b - 1075) END\n" \
  "  FROM (SELECT ((bits >> 52) & 2047)::integer AS b, (bits & 4503599627370495)::numeric AS m\n" \
  "        FROM (SELECT ('x' || encode (float8send (abs (x)), 'hex'))::bit(64)::bigint AS bits)\n" \
  "          AS raw) AS parts\n" \
  "$$;\n" \
  "CREATE FUNCTION pt_x87_round (v numeric) RETURNS numeric\n" \
  "  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "DECLARE\n" \
  "  k integer := floor (log (2, v))::integer;\n" \
  "  q numeric;\n" \
  "  n numeric;\n" \
  "BEGIN\n" \
  "  WHILE pt_pow2 (k) > v LOOP k := k - 1; END LOOP;\n" \
  "  WHILE pt_pow2 (k + 1) <= v LOOP k := k + 1; END LOOP;\n" \
  "  q := v * pt_pow2 (63 - k);\n" \
  "  n := floor (q);\n" \
  "  IF q - n > 0.5 OR (q - n = 0.5 AND mod (n, 2) = 1) THEN\n" \
  "    n := n + 1;\n" \
  "  END IF;\n" \
  "  RETURN n * pt_pow2 (k - 63);\n" \
  "END\n" \
  "$$;\n" \
  "CREATE FUNCTION pt_x87_digits (x double precision, OUT d text, OUT e integer)\n" \
  "  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "DECLARE\n" \
  "  v numeric := pt_double_exact (x);\n" \
  "  r numeric;\n" \
  "  digit numeric;\n" \
  "BEGIN\n" \
  "  IF v >= 1 THEN\n" \
  "    e := floor (log (10, v))::integer;\n" \
  "    WHILE power (10::numeric, e) > v LOOP e := e - 1; END LOOP;\n" \
  "    WHILE power (10::numeric, e + 1) <= v LOOP e := e + 1; END LOOP;\n" \
  "    r := pt_x87_round (v * ('1e-' || e)::numeric);\n" \
  "  ELSE\n" \
  "    e := 0;\n" \
  "    r := v;\n" \
  "    WHILE r < 1e-8 LOOP\n" \
  "      r := pt_x87_round (r * 1e8);\n" \
  "      e := e - 8;\n" \
  "    END LOOP;\n" \
  "    WHILE r < 1 LOOP\n" \
  "      r := pt_x87_round (r * 10);\n" \
  "      e := e - 1;\n" \
  "    END LOOP;\n" \
  "  END IF;\n" \
  "  r := pt_x87_round (r + pt_x87_round (pt_double_exact (5.0e-05)\n" \
  "                                      * pt_double_exact (1.0e-10)));\n" \
  "  IF r >= 10 THEN\n" \
  "    r := pt_x87_round (r * pt_double_exact (0.1));\n" \
  "    e := e + 1;\n" \
  "  END IF;\n" \
  "  d := '';\n" \
  "  FOR i IN 1 .. 15 LOOP\n" \
  "    digit := floor (r);\n" \
  "    d := d || digit::text;\n" \
  "    r := pt_x87_round ((r - digit) * 10);\n" \
  "  END LOOP;\n" \
  "END\n" \
  "$$;\n"

/* SQLite's AUDIT_JSON_TEXT: the text quoted, with backslash, quote,
 * line feed, carriage return and tab escaped, in that order; NULL for
 * NULL (STRICT). char(10) is chr(10), and the backslash is chr(92), so
 * the function does not depend on standard_conforming_strings. replace()
 * works on characters here and on UTF-8 bytes in SQLite: the same text. */
#define PG_JSON_TEXT_FUNCTION \
  "CREATE FUNCTION pt_sqlite_json_text (t text) RETURNS text\n" \
  "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$\n" \
  "  SELECT '\"' || replace (replace (replace (replace (replace (t,\n" \
  "    chr (92), chr (92) || chr (92)), '\"', chr (92) || '\"'),\n" \
  "    chr (10), chr (92) || 'n'), chr (13), chr (92) || 'r'), chr (9), chr (92) || 't')\n" \
  "    || '\"'\n" \
  "$$;\n"

/* One "key":value of the JSON object. SQLite's coalesce(x, 'null') makes
 * text of a number by itself; PostgreSQL's coalesce() needs one type, so
 * an integer is cast (its text is SQLite's: the digits) and a real goes
 * through pt_sqlite_real_text(). */
#define AUDIT_JSON_TEXT(row, col) \
  "'\"" #col "\":' || coalesce (pt_sqlite_json_text (" row "." #col "), 'null')"
#define AUDIT_JSON_PLAIN(row, col) \
  "'\"" #col "\":' || coalesce ('\"' || " row "." #col " || '\"', 'null')"
#define AUDIT_JSON_INTEGER(row, col) \
  "'\"" #col "\":' || coalesce (" row "." #col "::text, 'null')"
#define AUDIT_JSON_REAL(row, col) \
  "'\"" #col "\":' || coalesce (pt_sqlite_real_text (" row "." #col "), 'null')"
#define AUDIT_NEW_T(col) AUDIT_JSON_TEXT ("NEW", col)
#define AUDIT_NEW_S(col) AUDIT_JSON_PLAIN ("NEW", col)
#define AUDIT_NEW_N(col) AUDIT_JSON_INTEGER ("NEW", col)
#define AUDIT_NEW_R(col) AUDIT_JSON_REAL ("NEW", col)
#define AUDIT_OLD_T(col) AUDIT_JSON_TEXT ("OLD", col)
#define AUDIT_OLD_S(col) AUDIT_JSON_PLAIN ("OLD", col)
#define AUDIT_OLD_N(col) AUDIT_JSON_INTEGER ("OLD", col)
#define AUDIT_OLD_R(col) AUDIT_JSON_REAL ("OLD", col)
#define AUDIT_DIFFERS(col) "OLD." #col " IS DISTINCT FROM NEW." #col
#define AUDIT_JSON_SEP " || ',' || "
#define AUDIT_NEW(COLS) \
  "'{' || " COLS (AUDIT_NEW_T, AUDIT_NEW_S, AUDIT_NEW_N, AUDIT_NEW_R, AUDIT_JSON_SEP) " || '}'"
#define AUDIT_OLD(COLS) \
  "'{' || " COLS (AUDIT_OLD_T, AUDIT_OLD_S, AUDIT_OLD_N, AUDIT_OLD_R, AUDIT_JSON_SEP) " || '}'"

/* The function of @table's audit triggers, whose field list is @COLS;
 * @pid is the column that names the patient ("id" for patients). The
 * at column has its default; clinician and the hash chain stay NULL for
 * the store to seal. A generic plan, as the summary's. */
#define AUDIT_FUNCTION(table, COLS, pid) \
  "CREATE FUNCTION " table "_audit () RETURNS trigger LANGUAGE plpgsql\n" \
  "  SET plan_cache_mode = force_generic_plan AS $$\n" \
  "BEGIN\n" \
  "  IF TG_OP = 'INSERT' THEN\n" \
  "    INSERT INTO audit (action, table_name, record_id, patient_id, after)\n" \
  "    VALUES ('create', '" table "', NEW.id, NEW." pid ",\n" \
  "      " AUDIT_NEW (COLS) ");\n" \
  "  ELSIF TG_OP = 'UPDATE' THEN\n" \
  "    INSERT INTO audit (action, table_name, record_id, patient_id, before, after)\n" \
  "    VALUES ('update', '" table "', NEW.id, NEW." pid ",\n" \
  "      " AUDIT_OLD (COLS) ",\n" \
  "      " AUDIT_NEW (COLS) ");\n" \
  "  ELSE\n" \
  "    INSERT INTO audit (action, table_name, record_id, patient_id, before)\n" \
  "    VALUES ('delete', '" table "', OLD.id, OLD." pid ",\n" \
  "      " AUDIT_OLD (COLS) ");\n" \
  "  END IF;\n" \
  "  RETURN NULL;\n" \
  "END\n" \
  "$$;\n"

/* The three triggers, named as SQLite's; the update's WHEN is evaluated
 * as the row is written, so an update of updated_at alone queues nothing. */
#define AUDIT_TRIGGERS(table, COLS, pid) \
  AUDIT_FUNCTION (table, COLS, pid) \
  "CREATE TRIGGER " table "_audit_insert AFTER INSERT ON " table "\n" \
  "  FOR EACH ROW EXECUTE FUNCTION " table "_audit ();\n" \
  "CREATE TRIGGER " table "_audit_update AFTER UPDATE ON " table "\n" \
  "  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR " \
  COLS (AUDIT_DIFFERS, AUDIT_DIFFERS, AUDIT_DIFFERS, AUDIT_DIFFERS, " OR ") ")\n" \
  "  EXECUTE FUNCTION " table "_audit ();\n" \
  "CREATE TRIGGER " table "_audit_delete AFTER DELETE ON " table "\n" \
  "  FOR EACH ROW EXECUTE FUNCTION " table "_audit ();\n"

static const char triggers[] =
  /* Migration 2, as 3 and 4 redefined the records' triggers. */
  SUMMARY_PATIENTS
  SUMMARY_TRIGGERS ("pain_scores", "patient_id, condition_id, date, score", SUMMARY_SET_PAIN)
  SUMMARY_TRIGGERS ("sessions", "patient_id, condition_id, date, next_visit, pain_before",
                    SUMMARY_SET_SESSIONS ",\n      " SUMMARY_SET_PAIN)
  SUMMARY_TRIGGERS ("conditions", "id, patient_id, onset_date, status", SUMMARY_SET_CONDITION)

  /* Migrations 6 and 7 */
  PG_X87_FUNCTIONS
  PG_DIGITS_FUNCTION
  PG_REAL_TEXT_FUNCTION
  PG_JSON_TEXT_FUNCTION
  AUDIT_TRIGGERS ("patients", AUDIT_PATIENTS, "id")
  AUDIT_TRIGGERS ("conditions", AUDIT_CONDITIONS, "patient_id")
  AUDIT_TRIGGERS ("sessions", AUDIT_SESSIONS, "patient_id")
  AUDIT_TRIGGERS ("pain_scores", AUDIT_PAIN_SCORES, "patient_id")
  AUDIT_TRIGGERS ("shoes", AUDIT_SHOES, "patient_id")
  AUDIT_TRIGGERS ("runs", AUDIT_RUNS, "patient_id")
  AUDIT_TRIGGERS ("cross_training", AUDIT_CROSS_TRAINING, "patient_id")
  AUDIT_TRIGGERS ("outcomes", AUDIT_OUTCOMES, "patient_id")
  AUDIT_TRIGGERS ("run_plans", AUDIT_RUN_PLANS, "patient_id");

const char *
pt_schema_pg_get_triggers (void)
{
  return triggers;
}

/* Every summary row made again from the records, as the triggers above
 * leave it: session_count, last_visit and next_visit as the sessions
 * trigger sets them, then the conditions trigger's SET, which also
 * computes latest_pain with the main condition it sets (each expression
 * reads the row as it was, so it cannot use the new main_condition_id).
 * A migration that changes a summary trigger changes this too; the copy
 * tests compare the result with the summaries the triggers made. */
static const char summary_refresh[] =
  "UPDATE patient_summaries SET\n"
  "      " SUMMARY_SET_SESSIONS ",\n"
  "      " SUMMARY_SET_CONDITION ";\n";

const char *
pt_schema_pg_get_summary_refresh (void)
{
  return summary_refresh;
}
