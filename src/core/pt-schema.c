/* pt-schema.c: the SQLite schema and its numbered migrations
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never edit a migration that has shipped: add the next one. Each runs in
 * one transaction together with the PRAGMA user_version that records it.
 *
 * The CHECK constraints mirror the validation in the record field tables
 * (pt-patient.c, ...) and pt-store-*.c, so a write that slips past the C
 * checks still cannot store a value the app would refuse. Enum columns hold
 * the GEnumValue nicks of pt-types.h.
 */

#include "config.h"

#include "pt-schema.h"

/* SQL fragments shared by several tables */
/* date(x, '+0 days') goes through the calendar, so an impossible day such as
 * 2026-02-30 comes back as another date; plain date(x) returns it unchanged
 * on SQLite 3.40. The years are those pt_date_parse() accepts. */
#define ISO_DATE(col) \
  "CHECK (" col " IS NULL OR (length(" col ") = 10 AND date(" col ", '+0 days') = " col \
  " AND " col " BETWEEN '1900-01-01' AND '2200-12-31'))"
#define HALF_STEP(col) \
  "CHECK (" col " IS NULL OR (" col " BETWEEN 0 AND 10 AND " col " * 2 = CAST(" col " * 2 AS INTEGER)))"
#define ONE_LINE(col) \
  "CHECK (" col " IS NULL OR (instr(" col ", char(10)) = 0 AND instr(" col ", char(13)) = 0 " \
  "AND instr(" col ", char(9)) = 0))"
#define TIMESTAMPS \
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),\n" \
  "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))\n"

static const char migration_1[] =
  "CREATE TABLE patients (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200) " ONE_LINE ("name") ",\n"
  "  date_of_birth TEXT NOT NULL " ISO_DATE ("date_of_birth") ",\n"
  "  sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('unknown', 'female', 'male', 'other')),\n"
  "  contact TEXT CHECK (length(contact) <= 500),\n"
  "  record_number TEXT NOT NULL UNIQUE CHECK (length(trim(record_number)) BETWEEN 1 AND 32) "
       ONE_LINE ("record_number") ",\n"
  "  notes TEXT CHECK (length(notes) <= 10000),\n"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),\n"
  TIMESTAMPS
  ") STRICT;\n"
  "CREATE INDEX patients_name ON patients (name COLLATE NOCASE);\n"

  "CREATE TABLE conditions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('runners-knee', 'achilles-tendinopathy', 'hamstring',\n"
  "    'plantar-fasciitis', 'shin-splints', 'itbs', 'stress-fracture', 'heel-pain', 'other')),\n"
  "  side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),\n"
  "  onset_date TEXT NOT NULL " ISO_DATE ("onset_date") ",\n"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resolved')),\n"
  "  prior_treatments INTEGER NOT NULL DEFAULT 0 CHECK (prior_treatments BETWEEN 0 AND 511),\n"
  "  notes TEXT CHECK (length(notes) <= 10000),\n"
  TIMESTAMPS ",\n"
  "  UNIQUE (id, patient_id)\n"
  ") STRICT;\n"
  "CREATE INDEX conditions_patient ON conditions (patient_id, onset_date);\n"

  "CREATE TABLE sessions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  condition_id INTEGER NOT NULL,\n"
  "  date TEXT NOT NULL " ISO_DATE ("date") ",\n"
  "  treatment TEXT NOT NULL CHECK (treatment IN ('dextrose', 'prp', 'prolozone', 'neural',\n"
  "    'other')),\n"
  "  solution TEXT CHECK (length(solution) <= 200),\n"
  "  concentration_pct REAL CHECK (concentration_pct BETWEEN 0 AND 100),\n"
  "  volume_ml REAL CHECK (volume_ml > 0 AND volume_ml <= 100),\n"
  "  injection_count INTEGER CHECK (injection_count BETWEEN 1 AND 100),\n"
  "  structures TEXT CHECK (length(structures) <= 500),\n"
  "  clinician TEXT CHECK (length(clinician) <= 200),\n"
  "  site TEXT CHECK (length(site) <= 200),\n"
  "  pain_before REAL " HALF_STEP ("pain_before") ",\n"
  "  pain_after REAL " HALF_STEP ("pain_after") ",\n"
  "  adverse_events TEXT CHECK (length(adverse_events) <= 2000),\n"
  "  advice TEXT CHECK (length(advice) <= 2000),\n"
  "  next_visit TEXT " ISO_DATE ("next_visit") " CHECK (next_visit IS NULL OR next_visit >= date),\n"
  "  notes TEXT CHECK (length(notes) <= 10000),\n"
  TIMESTAMPS ",\n"
  "  FOREIGN KEY (condition_id, patient_id) REFERENCES conditions (id, patient_id)\n"
  ") STRICT;\n"
  "CREATE INDEX sessions_patient ON sessions (patient_id, date);\n"
  "CREATE INDEX sessions_condition ON sessions (condition_id, patient_id);\n"

  "CREATE TABLE pain_scores (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  condition_id INTEGER,\n"
  "  date TEXT NOT NULL " ISO_DATE ("date") ",\n"
  "  score REAL NOT NULL " HALF_STEP ("score") ",\n"
  "  context TEXT NOT NULL CHECK (context IN ('rest', 'morning', 'during-run', 'after-run',\n"
  "    'other')),\n"
  "  source TEXT NOT NULL CHECK (source IN ('clinic', 'patient')),\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS ",\n"
  "  FOREIGN KEY (condition_id, patient_id) REFERENCES conditions (id, patient_id)\n"
  ") STRICT;\n"
  "CREATE INDEX pain_scores_patient ON pain_scores (patient_id, date);\n"
  "CREATE INDEX pain_scores_condition ON pain_scores (condition_id, patient_id);\n"

  "CREATE TABLE shoes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200) " ONE_LINE ("name") ",\n"
  "  started TEXT NOT NULL " ISO_DATE ("started") ",\n"
  "  retired TEXT " ISO_DATE ("retired") " CHECK (retired IS NULL OR retired >= started),\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS ",\n"
  "  UNIQUE (id, patient_id)\n"
  ") STRICT;\n"
  "CREATE INDEX shoes_patient ON shoes (patient_id, started);\n"

  "CREATE TABLE runs (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  date TEXT NOT NULL " ISO_DATE ("date") ",\n"
  "  distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 500000),\n"
  "  duration_s INTEGER CHECK (duration_s BETWEEN 1 AND 172800),\n"
  "  surface TEXT NOT NULL CHECK (surface IN ('road', 'trail', 'track', 'grass', 'treadmill',\n"
  "    'other')),\n"
  "  shoe_id INTEGER,\n"
  "  pain_during REAL " HALF_STEP ("pain_during") ",\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS ",\n"
  "  FOREIGN KEY (shoe_id, patient_id) REFERENCES shoes (id, patient_id)\n"
  ") STRICT;\n"
  "CREATE INDEX runs_patient ON runs (patient_id, date);\n"
  "CREATE INDEX runs_shoe ON runs (shoe_id, patient_id);\n"

  "CREATE TABLE cross_training (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  date TEXT NOT NULL " ISO_DATE ("date") ",\n"
  "  activity TEXT NOT NULL CHECK (activity IN ('elliptical', 'bike', 'pool', 'walk', 'strength',\n"
  "    'other')),\n"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),\n"
  "  effort INTEGER CHECK (effort BETWEEN 1 AND 10),\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS
  ") STRICT;\n"
  "CREATE INDEX cross_training_patient ON cross_training (patient_id, date);\n";

/* Migration 2: patient_summaries, one row per patient with what the patient
 * list shows (sessions, last visit, latest pain, latest active condition).
 * The overview of every patient is read at every start; computed from the
 * records it took five correlated subqueries per patient, 85-130 ms for
 * 10,000 patients. With the summary it is a single walk of the
 * patients_name index with a lookup by id per patient, 20-30 ms.
 *
 * The table is derived data, kept exact by the triggers below in the same
 * statement as the write that changes it, so no C code writes it. Each
 * trigger recomputes only the fields its table feeds, for the patients the
 * row belonged to before and after (an update may move a record to another
 * patient), with the same expressions the list used to run: lookups in the
 * (patient_id, date) and (patient_id, onset_date) indexes that read only
 * that patient's sessions, the scores of their latest day, or their
 * conditions. The migration fills the table from the records in its
 * transaction. active_condition_id has no foreign key: checking one on
 * every deleted condition would scan the summaries; the conditions
 * triggers replace or clear it in the same statement instead. The
 * SUMMARY_ macros are part of this migration: a change to them belongs in
 * a new migration that drops and recreates the triggers. */
#define SUMMARY_SESSION_COUNT(pid) "(SELECT count(*) FROM sessions WHERE patient_id = " pid ")"
#define SUMMARY_LAST_VISIT(pid) "(SELECT max(date) FROM sessions WHERE patient_id = " pid ")"
/* The average of the scores on the patient's latest day with a score. */
#define SUMMARY_LATEST_PAIN(pid) \
  "(SELECT avg(score) FROM pain_scores WHERE patient_id = " pid " AND date = " \
  "(SELECT max(date) FROM pain_scores WHERE patient_id = " pid "))"
/* The active condition with the latest onset; the highest id among equals. */
#define SUMMARY_ACTIVE_CONDITION(pid) \
  "(SELECT id FROM conditions WHERE patient_id = " pid " AND status = 'active' " \
  "ORDER BY onset_date DESC, id DESC LIMIT 1)"

#define SUMMARY_ROW "patient_summaries.patient_id"
#define SUMMARY_SET_SESSIONS \
  "session_count = " SUMMARY_SESSION_COUNT (SUMMARY_ROW) ", " \
  "last_visit = " SUMMARY_LAST_VISIT (SUMMARY_ROW)
#define SUMMARY_SET_PAIN "latest_pain = " SUMMARY_LATEST_PAIN (SUMMARY_ROW)
#define SUMMARY_SET_CONDITION "active_condition_id = " SUMMARY_ACTIVE_CONDITION (SUMMARY_ROW)

/* AFTER INSERT, DELETE and UPDATE OF @columns on @table: @set for the
 * patients of the new row, of the old row, of both. */
#define SUMMARY_TRIGGERS(table, columns, set) \
  "CREATE TRIGGER " table "_summary_insert AFTER INSERT ON " table " BEGIN\n" \
  "  UPDATE patient_summaries SET " set " WHERE patient_id = NEW.patient_id;\n" \
  "END;\n" \
  "CREATE TRIGGER " table "_summary_delete AFTER DELETE ON " table " BEGIN\n" \
  "  UPDATE patient_summaries SET " set " WHERE patient_id = OLD.patient_id;\n" \
  "END;\n" \
  "CREATE TRIGGER " table "_summary_update AFTER UPDATE OF " columns " ON " table " BEGIN\n" \
  "  UPDATE patient_summaries SET " set \
  " WHERE patient_id IN (OLD.patient_id, NEW.patient_id);\n" \
  "END;\n"

static const char migration_2[] =
  "CREATE TABLE patient_summaries (\n"
  "  patient_id INTEGER PRIMARY KEY REFERENCES patients (id),\n"
  "  session_count INTEGER NOT NULL DEFAULT 0 CHECK (session_count >= 0),\n"
  "  last_visit TEXT,\n"
  "  latest_pain REAL CHECK (latest_pain IS NULL OR latest_pain BETWEEN 0 AND 10),\n"
  "  active_condition_id INTEGER\n"
  ") STRICT;\n"

  /* A new patient has no records yet (zero and NULLs); the values are
   * computed anyway, so the row is right whatever wrote the records. The
   * delete trigger removes the row in the deleting statement, before its
   * foreign key is checked. */
  "CREATE TRIGGER patients_summary_insert AFTER INSERT ON patients BEGIN\n"
  "  INSERT INTO patient_summaries (patient_id, session_count, last_visit, latest_pain,\n"
  "    active_condition_id)\n"
  "  VALUES (NEW.id, " SUMMARY_SESSION_COUNT ("NEW.id") ", " SUMMARY_LAST_VISIT ("NEW.id") ",\n"
  "    " SUMMARY_LATEST_PAIN ("NEW.id") ", " SUMMARY_ACTIVE_CONDITION ("NEW.id") ");\n"
  "END;\n"
  "CREATE TRIGGER patients_summary_delete AFTER DELETE ON patients BEGIN\n"
  "  DELETE FROM patient_summaries WHERE patient_id = OLD.id;\n"
  "END;\n"
  SUMMARY_TRIGGERS ("sessions", "patient_id, date", SUMMARY_SET_SESSIONS)
  SUMMARY_TRIGGERS ("pain_scores", "patient_id, date, score", SUMMARY_SET_PAIN)
  SUMMARY_TRIGGERS ("conditions", "id, patient_id, onset_date, status", SUMMARY_SET_CONDITION)

  "INSERT INTO patient_summaries (patient_id) SELECT id FROM patients;\n"
  "UPDATE patient_summaries SET " SUMMARY_SET_SESSIONS ", " SUMMARY_SET_PAIN ", "
  SUMMARY_SET_CONDITION ";\n";

/* Migration 3: the patient's next visit in the summary, for the list (shown
 * when overdue, and a sort order). It is the next visit recorded at the
 * patient's latest session: a later session without one means none is
 * booked. The sessions triggers of migration 2 are recreated to keep it,
 * with migration 2's expressions for the other two fields. */
#define SUMMARY_NEXT_VISIT(pid) \
  "(SELECT next_visit FROM sessions WHERE patient_id = " pid " ORDER BY date DESC, id DESC LIMIT 1)"
#define SUMMARY_SET_SESSIONS_3 \
  SUMMARY_SET_SESSIONS ", next_visit = " SUMMARY_NEXT_VISIT (SUMMARY_ROW)

static const char migration_3[] =
  "ALTER TABLE patient_summaries ADD COLUMN next_visit TEXT;\n"
  "DROP TRIGGER sessions_summary_insert;\n"
  "DROP TRIGGER sessions_summary_delete;\n"
  "DROP TRIGGER sessions_summary_update;\n"
  SUMMARY_TRIGGERS ("sessions", "patient_id, date, next_visit", SUMMARY_SET_SESSIONS_3)
  "UPDATE patient_summaries SET next_visit = " SUMMARY_NEXT_VISIT (SUMMARY_ROW) ";\n";

/* Migration 4: the list's latest pain is the page's (issue 14). It was
 * the mean of the latest day's scores over every condition, and ignored
 * the pain a session records before the injection; the page follows the
 * patient's main condition and counts that pain. Now both follow the rules
 * of pt-analysis.h:
 *  - a reading: a pain score, or a session's pain before the injection
 *    (the pain after, under local anaesthetic, never counts);
 *  - the main condition: the active one with the latest onset (the highest
 *    id among equals), else the latest of any status (SUMMARY_MAIN_CONDITION
 *    is pt_analysis_main_condition in SQL);
 *  - latest pain: the mean of the readings of the main condition (and those
 *    with no condition) on the last day that has any.
 * The summary stays SQL, kept by triggers in the writing statement, so the
 * bulk path and the list at start-up stay as fast; test-summary checks on
 * every patient of generated clinics, after every kind of write, that the
 * summary equals what pt-analysis computes from the records. Which
 * condition a patient's pain depends on changes with the conditions'
 * status and onset, so the conditions triggers now recompute it too, and
 * the sessions and pain_scores triggers watch condition_id. The main
 * condition is kept in the row (main_condition_id), so a score's trigger
 * reads it instead of sorting the conditions again. */
#define SUMMARY_MAIN_CONDITION(pid) \
  "(SELECT id FROM conditions WHERE patient_id = " pid " " \
  "ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)"
/* The readings of condition @main (and the scores with none) are the rows
 * of two tables; each is looked up with its own (patient_id, date) index.
 * A view over their UNION ALL read the same, but SQLite does not push a
 * trigger's correlated patient_id into a compound view, so every write
 * scanned both tables (a generated clinic took minutes, not a second). */
#define SUMMARY_SCORES_OF(pid, main) \
  "FROM pain_scores WHERE patient_id = " pid " AND (condition_id IS NULL OR " \
  "condition_id = " main ")"
#define SUMMARY_BEFORE_OF(pid, main) \
  "FROM sessions WHERE patient_id = " pid " AND pain_before IS NOT NULL AND " \
  "condition_id = " main
/* The later of the two latest days (max() of one NULL is NULL). */
#define SUMMARY_LATEST_PAIN_DAY(pid, main) \
  "(SELECT max(coalesce(s, b), coalesce(b, s)) FROM " \
  "(SELECT (SELECT max(date) " SUMMARY_SCORES_OF (pid, main) ") AS s, " \
  "(SELECT max(date) " SUMMARY_BEFORE_OF (pid, main) ") AS b))"
#define SUMMARY_LATEST_PAIN_OF(pid, main) \
  "(SELECT avg(pain) FROM (" \
  "SELECT score AS pain " SUMMARY_SCORES_OF (pid, main) \
  " AND date = " SUMMARY_LATEST_PAIN_DAY (pid, main) " UNION ALL " \
  "SELECT pain_before " SUMMARY_BEFORE_OF (pid, main) \
  " AND date = " SUMMARY_LATEST_PAIN_DAY (pid, main) "))"
/* A score or a session changes the pain of the main condition the row
 * holds; a condition may change which one that is, so its triggers
 * compute both from the conditions (the SET sees the row as it was). */
#define SUMMARY_SET_PAIN_4 \
  "latest_pain = " SUMMARY_LATEST_PAIN_OF (SUMMARY_ROW, "patient_summaries.main_condition_id")
#define SUMMARY_SET_MAIN_4 \
  "main_condition_id = " SUMMARY_MAIN_CONDITION (SUMMARY_ROW) ", " \
  "latest_pain = " SUMMARY_LATEST_PAIN_OF (SUMMARY_ROW, SUMMARY_MAIN_CONDITION (SUMMARY_ROW))
#define SUMMARY_DROP_TRIGGERS(table) \
  "DROP TRIGGER " table "_summary_insert;\n" \
  "DROP TRIGGER " table "_summary_delete;\n" \
  "DROP TRIGGER " table "_summary_update;\n"

static const char migration_4[] =
  /* No foreign key, as active_condition_id: the conditions triggers
   * replace it in the deleting statement. */
  "ALTER TABLE patient_summaries ADD COLUMN main_condition_id INTEGER;\n"
  SUMMARY_DROP_TRIGGERS ("pain_scores")
  SUMMARY_DROP_TRIGGERS ("sessions")
  SUMMARY_DROP_TRIGGERS ("conditions")
  SUMMARY_TRIGGERS ("pain_scores", "patient_id, condition_id, date, score", SUMMARY_SET_PAIN_4)
  SUMMARY_TRIGGERS ("sessions", "patient_id, condition_id, date, next_visit, pain_before",
                    SUMMARY_SET_SESSIONS_3 ", " SUMMARY_SET_PAIN_4)
  SUMMARY_TRIGGERS ("conditions", "id, patient_id, onset_date, status",
                    SUMMARY_SET_CONDITION ", " SUMMARY_SET_MAIN_4)
  "UPDATE patient_summaries SET " SUMMARY_SET_MAIN_4 ";\n";

/* Migration 5: settings of the clinic that belong with its records, not
 * with one workstation's GSettings: the clinician's PIN, as libsodium's
 * hash string (pt-store-pin.c), under "clinician-pin". */
static const char migration_5[] =
  "CREATE TABLE clinic_settings (\n"
  "  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),\n"
  "  value TEXT NOT NULL CHECK (length(value) <= 10000)\n"
  ") STRICT;\n";

/* Migration 6: the audit trail (issue 16). One row per change of a record:
 * when (UTC), who (the clinician the store was given; NULL when another
 * program wrote it), what (create, update, delete, restore; export and
 * report events come from pt_store_audit_event()), which record and
 * patient, and the record's fields before and after as JSON objects.
 *
 * The triggers below write the rows in the statement that changes the
 * record, so a write by any path (the app, prolotrack-cli, the bulk path,
 * the sqlite3 tool) is recorded, and a rolled-back write leaves no row.
 * They use SQLite's core functions only (replace, coalesce, strftime),
 * which trusted_schema=OFF allows in triggers. clinician and the hash chain
 * (prev_hash, hash) are filled by the store just before the outermost
 * COMMIT (pt-store-audit.c), in the same transaction; a row with a NULL
 * hash was written by another program and is sealed, with no clinician,
 * at the start of the store's next write. The JSON holds the record's
 * fields without id (record_id), created_at and updated_at. An update
 * that changes no field but updated_at writes no row (the WHEN clause):
 * it changes nothing a clinician could see. The column lists are this
 * migration's: a later column needs a later migration that recreates the
 * triggers. patient_summaries is derived data and has no audit. */
#define AUDIT_PATIENTS(T, S, N, SEP) \
  T (name) SEP S (date_of_birth) SEP S (sex) SEP T (contact) SEP T (record_number) SEP \
  T (notes) SEP N (archived)
#define AUDIT_CONDITIONS(T, S, N, SEP) \
  N (patient_id) SEP S (kind) SEP S (side) SEP S (onset_date) SEP S (status) SEP \
  N (prior_treatments) SEP T (notes)
#define AUDIT_SESSIONS(T, S, N, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP S (treatment) SEP T (solution) SEP \
  N (concentration_pct) SEP N (volume_ml) SEP N (injection_count) SEP T (structures) SEP \
  T (clinician) SEP T (site) SEP N (pain_before) SEP N (pain_after) SEP \
  T (adverse_events) SEP T (advice) SEP S (next_visit) SEP T (notes)
#define AUDIT_PAIN_SCORES(T, S, N, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP N (score) SEP S (context) SEP \
  S (source) SEP T (notes)
#define AUDIT_SHOES(T, S, N, SEP) \
  N (patient_id) SEP T (name) SEP S (started) SEP S (retired) SEP T (notes)
#define AUDIT_RUNS(T, S, N, SEP) \
  N (patient_id) SEP S (date) SEP N (distance_m) SEP N (duration_s) SEP S (surface) SEP \
  N (shoe_id) SEP N (pain_during) SEP T (notes)
#define AUDIT_CROSS_TRAINING(T, S, N, SEP) \
  N (patient_id) SEP S (date) SEP S (activity) SEP N (minutes) SEP N (effort) SEP T (notes)

/* JSON written with core functions only: SQLite 3.40's JSON functions
 * are not innocuous, so trusted_schema=OFF refuses them in a trigger.
 * Text is escaped for JSON: backslash, quote, and the line breaks and
 * tabs that notes may hold (validation refuses other control
 * characters). Dates and enum nicks, which the CHECKs keep to letters,
 * digits and dashes, are quoted as they are (S: cheaper for the bulk
 * path). A number is SQLite's text of it ("5.0", "12"). */
#define AUDIT_JSON_TEXT(row, col) \
  "'\"" #col "\":' || CASE WHEN " row "." #col " IS NULL THEN 'null' ELSE '\"' || " \
  "replace(replace(replace(replace(replace(" row "." #col ", '\\', '\\\\'), '\"', '\\\"'), " \
  "char(10), '\\n'), char(13), '\\r'), char(9), '\\t') || '\"' END"
#define AUDIT_JSON_PLAIN(row, col) \
  "'\"" #col "\":' || coalesce('\"' || " row "." #col " || '\"', 'null')"
#define AUDIT_JSON_NUMBER(row, col) "'\"" #col "\":' || coalesce(" row "." #col ", 'null')"
#define AUDIT_NEW_T(col) AUDIT_JSON_TEXT ("NEW", col)
#define AUDIT_NEW_N(col) AUDIT_JSON_NUMBER ("NEW", col)
#define AUDIT_NEW_S(col) AUDIT_JSON_PLAIN ("NEW", col)
#define AUDIT_OLD_S(col) AUDIT_JSON_PLAIN ("OLD", col)
#define AUDIT_OLD_T(col) AUDIT_JSON_TEXT ("OLD", col)
#define AUDIT_OLD_N(col) AUDIT_JSON_NUMBER ("OLD", col)
#define AUDIT_DIFFERS(col) "OLD." #col " IS NOT NEW." #col
#define AUDIT_JSON_SEP " || ',' || "
#define AUDIT_OBJECT(COLS, T, S, N) "'{' || " COLS (T, S, N, AUDIT_JSON_SEP) " || '}'"

/* The insert trigger of @table, whose field list is @COLS; @pid is the
 * column that names the patient ("id" for patients). Apart from the other
 * two, as the bulk path drops and recreates it (pt-store-bulk.c). */
#define AUDIT_INSERT_TRIGGER(table, COLS, pid) \
  "CREATE TRIGGER " table "_audit_insert AFTER INSERT ON " table " BEGIN\n" \
  "  INSERT INTO audit (action, table_name, record_id, patient_id, after)\n" \
  "  VALUES ('create', '" table "', NEW.id, NEW." pid ",\n" \
  "    " AUDIT_OBJECT (COLS, AUDIT_NEW_T, AUDIT_NEW_S, AUDIT_NEW_N) ");\n" \
  "END;\n"

/* The update and delete triggers of @table. */
#define AUDIT_TRIGGERS(table, COLS, pid) \
  "CREATE TRIGGER " table "_audit_update AFTER UPDATE ON " table " WHEN OLD.id IS NOT NEW.id OR " \
  COLS (AUDIT_DIFFERS, AUDIT_DIFFERS, AUDIT_DIFFERS, " OR ") " BEGIN\n" \
  "  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)\n" \
  "  VALUES ('update', '" table "', NEW.id, NEW." pid ",\n" \
  "    " AUDIT_OBJECT (COLS, AUDIT_OLD_T, AUDIT_OLD_S, AUDIT_OLD_N) ",\n" \
  "    " AUDIT_OBJECT (COLS, AUDIT_NEW_T, AUDIT_NEW_S, AUDIT_NEW_N) ");\n" \
  "END;\n" \
  "CREATE TRIGGER " table "_audit_delete AFTER DELETE ON " table " BEGIN\n" \
  "  INSERT INTO audit (action, table_name, record_id, patient_id, before)\n" \
  "  VALUES ('delete', '" table "', OLD.id, OLD." pid ",\n" \
  "    " AUDIT_OBJECT (COLS, AUDIT_OLD_T, AUDIT_OLD_S, AUDIT_OLD_N) ");\n" \
  "END;\n"

#define AUDIT_INSERT_TRIGGERS_6 \
  AUDIT_INSERT_TRIGGER ("patients", AUDIT_PATIENTS, "id") \
  AUDIT_INSERT_TRIGGER ("conditions", AUDIT_CONDITIONS, "patient_id") \
  AUDIT_INSERT_TRIGGER ("sessions", AUDIT_SESSIONS, "patient_id") \
  AUDIT_INSERT_TRIGGER ("pain_scores", AUDIT_PAIN_SCORES, "patient_id") \
  AUDIT_INSERT_TRIGGER ("shoes", AUDIT_SHOES, "patient_id") \
  AUDIT_INSERT_TRIGGER ("runs", AUDIT_RUNS, "patient_id") \
  AUDIT_INSERT_TRIGGER ("cross_training", AUDIT_CROSS_TRAINING, "patient_id")

static const char migration_6[] =
  "CREATE TABLE audit (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),\n"
  "  clinician TEXT CHECK (length(clinician) <= 200),\n"
  "  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'export',\n"
  "    'report')),\n"
  "  table_name TEXT CHECK (table_name IN ('patients', 'conditions', 'sessions', 'pain_scores',\n"
  "    'shoes', 'runs', 'cross_training')),\n"
  "  record_id INTEGER,\n"
  "  patient_id INTEGER,\n"
  "  detail TEXT CHECK (length(detail) <= 2000),\n"
  "  before TEXT,\n"
  "  after TEXT,\n"
  "  prev_hash TEXT CHECK (length(prev_hash) = 64),\n"
  "  hash TEXT CHECK (length(hash) = 64)\n"
  ") STRICT;\n"
  "CREATE INDEX audit_patient ON audit (patient_id);\n"
  "CREATE INDEX audit_record ON audit (record_id, table_name);\n"
  "CREATE INDEX audit_unsealed ON audit (id) WHERE hash IS NULL;\n"
  AUDIT_INSERT_TRIGGERS_6
  AUDIT_TRIGGERS ("patients", AUDIT_PATIENTS, "id")
  AUDIT_TRIGGERS ("conditions", AUDIT_CONDITIONS, "patient_id")
  AUDIT_TRIGGERS ("sessions", AUDIT_SESSIONS, "patient_id")
  AUDIT_TRIGGERS ("pain_scores", AUDIT_PAIN_SCORES, "patient_id")
  AUDIT_TRIGGERS ("shoes", AUDIT_SHOES, "patient_id")
  AUDIT_TRIGGERS ("runs", AUDIT_RUNS, "patient_id")
  AUDIT_TRIGGERS ("cross_training", AUDIT_CROSS_TRAINING, "patient_id");

/* Migration 7: outcome measures and return-to-run plans (issue 18).
 *
 * outcomes: one questionnaire of a condition at a date (pt-outcome.h). The
 * total's range is the instrument's (pt-measure-defs.c), or the clinic's
 * own for a custom score, whose definition only a custom row carries.
 * answers is the comma-separated item answers, or NULL when only the total
 * was recorded; that the total is their score is checked in C
 * (pt_outcome_check_measure ()), as SQL cannot score a questionnaire.
 *
 * run_plans: a patient's graded return to running (pt-run-plan.h), its
 * steps as one text field and its pain-monitoring rule with every
 * parameter.
 *
 * The audit table's CHECK on table_name must take the two new tables.
 * SQLite cannot change a CHECK, so the table is made again with the rows
 * copied as they are (every column, so the hash chain still holds). The
 * rename is a legacy one (PRAGMA legacy_alter_table): the modern rename
 * checks the whole schema and would fail on the other tables' triggers,
 * which name "audit" while it does not exist for a moment; the legacy one
 * leaves them as they are, and they write to the new table by its name. */
#define AUDIT_OUTCOMES(T, S, N, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (date) SEP S (kind) SEP N (total) SEP \
  S (answers) SEP T (custom_name) SEP N (custom_min) SEP N (custom_max) SEP \
  N (custom_higher_better) SEP N (custom_mcid) SEP T (notes)
#define AUDIT_RUN_PLANS(T, S, N, SEP) \
  N (patient_id) SEP N (condition_id) SEP S (start_date) SEP S (steps) SEP S (rule) SEP \
  N (max_pain_during) SEP N (max_pain_after) SEP N (check_next_morning) SEP \
  N (next_morning_tolerance) SEP N (next_morning_days) SEP N (require_next_morning) SEP \
  N (check_weekly) SEP N (weekly_tolerance) SEP N (current_step) SEP T (notes)

#define AUDIT_INSERT_TRIGGERS \
  AUDIT_INSERT_TRIGGERS_6 \
  AUDIT_INSERT_TRIGGER ("outcomes", AUDIT_OUTCOMES, "patient_id") \
  AUDIT_INSERT_TRIGGER ("run_plans", AUDIT_RUN_PLANS, "patient_id")

/* A real number a clinic could print on a form. */
#define MEASURE_REAL(col) "CHECK (" col " IS NULL OR " col " BETWEEN -10000 AND 10000)"

static const char migration_7[] =
  /* Legacy rename: the rename below leaves the other tables' triggers,
   * which write to "audit" by name, as they are, so they are not dropped
   * and made again (the new tables get theirs below). Back off at the
   * end, within this migration. */
  "PRAGMA legacy_alter_table = ON;\n"
  "CREATE TABLE audit_7 (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),\n"
  "  clinician TEXT CHECK (length(clinician) <= 200),\n"
  "  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'export',\n"
  "    'report')),\n"
  "  table_name TEXT CHECK (table_name IN ('patients', 'conditions', 'sessions', 'pain_scores',\n"
  "    'shoes', 'runs', 'cross_training', 'outcomes', 'run_plans')),\n"
  "  record_id INTEGER,\n"
  "  patient_id INTEGER,\n"
  "  detail TEXT CHECK (length(detail) <= 2000),\n"
  "  before TEXT,\n"
  "  after TEXT,\n"
  "  prev_hash TEXT CHECK (length(prev_hash) = 64),\n"
  "  hash TEXT CHECK (length(hash) = 64)\n"
  ") STRICT;\n"
  "INSERT INTO audit_7 SELECT id, at, clinician, action, table_name, record_id, patient_id,\n"
  "  detail, before, after, prev_hash, hash FROM audit ORDER BY id;\n"
  "DROP TABLE audit;\n"
  "ALTER TABLE audit_7 RENAME TO audit;\n"
  "CREATE INDEX audit_patient ON audit (patient_id);\n"
  "CREATE INDEX audit_record ON audit (record_id, table_name);\n"
  "CREATE INDEX audit_unsealed ON audit (id) WHERE hash IS NULL;\n"

  "CREATE TABLE outcomes (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  condition_id INTEGER NOT NULL REFERENCES conditions (id),\n"
  "  date TEXT NOT NULL " ISO_DATE ("date") ",\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('ffi', 'visa-a', 'lefs', 'kujala', 'custom')),\n"
  "  total REAL NOT NULL,\n"
  "  answers TEXT CHECK (length(answers) <= 400 AND answers NOT GLOB '*[^0-9.,]*'),\n"
  "  custom_name TEXT CHECK (length(trim(custom_name)) BETWEEN 1 AND 100) "
       ONE_LINE ("custom_name") ",\n"
  "  custom_min REAL " MEASURE_REAL ("custom_min") ",\n"
  "  custom_max REAL " MEASURE_REAL ("custom_max") ",\n"
  "  custom_higher_better INTEGER NOT NULL DEFAULT 0 CHECK (custom_higher_better IN (0, 1)),\n"
  "  custom_mcid REAL CHECK (custom_mcid IS NULL OR custom_mcid > 0),\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS ",\n"
  /* The published ranges (pt-measure-defs.c), or the clinic's. */
  "  CHECK (CASE kind\n"
  "    WHEN 'ffi' THEN total BETWEEN 0 AND 100\n"
  "    WHEN 'visa-a' THEN total BETWEEN 0 AND 100\n"
  "    WHEN 'lefs' THEN total BETWEEN 0 AND 80\n"
  "    WHEN 'kujala' THEN total BETWEEN 0 AND 100\n"
  "    ELSE total BETWEEN custom_min AND custom_max END),\n"
  /* Only a custom score has, and must have, a definition of its own. */
  "  CHECK (CASE WHEN kind = 'custom'\n"
  "    THEN custom_name IS NOT NULL AND custom_min < custom_max AND answers IS NULL\n"
  "    ELSE custom_name IS NULL AND custom_min IS NULL AND custom_max IS NULL\n"
  "      AND custom_mcid IS NULL AND custom_higher_better = 0 END)\n"
  ") STRICT;\n"
  "CREATE INDEX outcomes_patient ON outcomes (patient_id, date);\n"
  "CREATE INDEX outcomes_condition ON outcomes (condition_id);\n"

  "CREATE TABLE run_plans (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  patient_id INTEGER NOT NULL REFERENCES patients (id),\n"
  "  condition_id INTEGER REFERENCES conditions (id),\n"
  "  start_date TEXT NOT NULL " ISO_DATE ("start_date") ",\n"
  "  steps TEXT NOT NULL CHECK (length(steps) BETWEEN 1 AND 1000\n"
  "    AND steps NOT GLOB '*[^0-9icw/x*;]*'),\n"
  "  rule TEXT NOT NULL DEFAULT 'silbernagel'\n"
  "    CHECK (rule IN ('silbernagel', 'cautious', 'pain-free', 'custom')),\n"
  "  max_pain_during REAL NOT NULL " HALF_STEP ("max_pain_during") ",\n"
  "  max_pain_after REAL NOT NULL " HALF_STEP ("max_pain_after") ",\n"
  "  check_next_morning INTEGER NOT NULL DEFAULT 1 CHECK (check_next_morning IN (0, 1)),\n"
  "  next_morning_tolerance REAL NOT NULL " HALF_STEP ("next_morning_tolerance") ",\n"
  "  next_morning_days INTEGER NOT NULL CHECK (next_morning_days BETWEEN 1 AND 7),\n"
  "  require_next_morning INTEGER NOT NULL DEFAULT 1 CHECK (require_next_morning IN (0, 1)),\n"
  "  check_weekly INTEGER NOT NULL DEFAULT 1 CHECK (check_weekly IN (0, 1)),\n"
  "  weekly_tolerance REAL NOT NULL " HALF_STEP ("weekly_tolerance") ",\n"
  "  current_step INTEGER CHECK (current_step BETWEEN 0 AND 60),\n"
  "  notes TEXT CHECK (length(notes) <= 2000),\n"
  TIMESTAMPS
  ") STRICT;\n"
  "CREATE INDEX run_plans_patient ON run_plans (patient_id, start_date);\n"
  "PRAGMA legacy_alter_table = OFF;\n"

  AUDIT_INSERT_TRIGGER ("outcomes", AUDIT_OUTCOMES, "patient_id")
  AUDIT_INSERT_TRIGGER ("run_plans", AUDIT_RUN_PLANS, "patient_id")
  AUDIT_TRIGGERS ("outcomes", AUDIT_OUTCOMES, "patient_id")
  AUDIT_TRIGGERS ("run_plans", AUDIT_RUN_PLANS, "patient_id");

/* Migration 8 (issue 20): every record's version, so an edit made on a
 * copy another workstation has since changed is refused, not saved over
 * it (pt-store-conflict.c). 1 for every row there is; the store adds one
 * at each update. The audit triggers name their columns, so they neither
 * see nor write it. The same SQL runs on a clinic server
 * (pt_schema_pg_get_migration). */
#define VERSION_COLUMN(table) \
  "ALTER TABLE " table " ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);\n"

static const char migration_8[] =
  VERSION_COLUMN ("patients")
  VERSION_COLUMN ("conditions")
  VERSION_COLUMN ("sessions")
  VERSION_COLUMN ("pain_scores")
  VERSION_COLUMN ("shoes")
  VERSION_COLUMN ("runs")
  VERSION_COLUMN ("cross_training")
  VERSION_COLUMN ("outcomes")
  VERSION_COLUMN ("run_plans");

/* The insert triggers as the latest migration made them: a migration that
 * changes them changes these two as well. */
static const char audit_insert_triggers[] = AUDIT_INSERT_TRIGGERS;
static const char drop_audit_insert_triggers[] =
  "DROP TRIGGER patients_audit_insert; DROP TRIGGER conditions_audit_insert;"
  "DROP TRIGGER sessions_audit_insert; DROP TRIGGER pain_scores_audit_insert;"
  "DROP TRIGGER shoes_audit_insert; DROP TRIGGER runs_audit_insert;"
  "DROP TRIGGER cross_training_audit_insert; DROP TRIGGER outcomes_audit_insert;"
  "DROP TRIGGER run_plans_audit_insert;";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
};

guint
pt_schema_get_version (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
pt_schema_get_migration (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), NULL);

  return migrations[version - 1];
}

const char *
pt_schema_get_audit_insert_triggers (void)
{
  return audit_insert_triggers;
}

const char *
pt_schema_get_drop_audit_insert_triggers (void)
{
  return drop_audit_insert_triggers;
}
