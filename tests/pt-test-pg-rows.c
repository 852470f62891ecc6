/* pt-test-pg-rows.c: the rows test-pg-schema writes to both backends, with
 * the outcome each must have
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pt-test-pg-rows.h"

/* The rows of every test: patients 1 and 2, condition 1 and shoe 1 of
 * patient 1. The SQLite triggers' rows (the summaries and the audit) are
 * removed, as test-pg-schema applies the PostgreSQL baseline without its
 * triggers (test-pg-triggers has those). */
const char pt_test_pg_parents[] =
  "INSERT INTO patients (id, name, date_of_birth, record_number)"
  "  VALUES (1, 'Ada Parent', '1980-05-17', 'P-1');"
  "INSERT INTO patients (id, name, date_of_birth, record_number)"
  "  VALUES (2, 'Bo Parent', '1975-11-02', 'P-2');"
  "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
  "  VALUES (1, 1, 'runners-knee', 'left', '2026-01-10');"
  "INSERT INTO shoes (id, patient_id, name, started) VALUES (1, 1, 'Trainer', '2026-01-01');"
  "DELETE FROM patient_summaries;"
  "DELETE FROM audit;";
/* PostgreSQL's identities do not follow explicit ids as SQLite's rowids
 * do (pt-schema-pg.c): after the parents, as after an import, each
 * sequence is moved past them. */
const char pt_test_pg_parents_sequences[] =
  "SELECT setval (pg_get_serial_sequence ('patients', 'id'), max(id)) FROM patients;"
  "SELECT setval (pg_get_serial_sequence ('conditions', 'id'), max(id)) FROM conditions;"
  "SELECT setval (pg_get_serial_sequence ('shoes', 'id'), max(id)) FROM shoes;";

const PtTestPgRow pt_test_pg_rows[] = {
  /* patients: names, dates, enums, lengths, the record number */
  { ACCEPTED, PATIENT ("'Cy Test'", "'1990-01-01'", "'T-1'") },
  { ACCEPTED, PATIENT ("'@200@'", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("'@201@'", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("'   '", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("''", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("'Cy\nTest'", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("'Cy\rTest'", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("'Cy\tTest'", "'1990-01-01'", "'T-1'") },
  { REFUSED, PATIENT ("NULL", "'1990-01-01'", "'T-1'") },
  { DUPLICATE, PATIENT ("'Cy Test'", "'1990-01-01'", "'P-1'") },
  { ACCEPTED, PATIENT ("'Cy Test'", "'1990-01-01'", "'@32@'") },
  { REFUSED, PATIENT ("'Cy Test'", "'1990-01-01'", "'@33@'") },
  { REFUSED, PATIENT ("'Cy Test'", "'1990-01-01'", "' '") },
  { REFUSED, PATIENT ("'Cy Test'", "'1990-01-01'", "'T\n1'") },
  { REFUSED, PATIENT ("'Cy Test'", "'1990-01-01'", "NULL") },
  { DUPLICATE, "INSERT INTO patients (id, name, date_of_birth, record_number)"
               " VALUES (1, 'Cy Test', '1990-01-01', 'T-1')" },
  { ACCEPTED, PATIENT_DOB ("'2024-02-29'") },
  { ACCEPTED, PATIENT_DOB ("'2000-02-29'") },
  { REFUSED, PATIENT_DOB ("'1900-02-29'") },
  { REFUSED, PATIENT_DOB ("'2026-02-29'") },
  { REFUSED, PATIENT_DOB ("'2026-02-30'") },
  { REFUSED, PATIENT_DOB ("'2026-04-31'") },
  { ACCEPTED, PATIENT_DOB ("'2026-12-31'") },
  { REFUSED, PATIENT_DOB ("'2026-1-5'") },
  { REFUSED, PATIENT_DOB ("' 2026-01-5'") },
  { REFUSED, PATIENT_DOB ("'2026-01-05 '") },
  { REFUSED, PATIENT_DOB ("'2026-01-05T10:00'") },
  { REFUSED, PATIENT_DOB ("'yesterday'") },
  { REFUSED, PATIENT_DOB ("''") },
  { REFUSED, PATIENT_DOB ("NULL") },
  { ACCEPTED, PATIENT_DOB ("'1900-01-01'") },
  { REFUSED, PATIENT_DOB ("'1899-12-31'") },
  { ACCEPTED, PATIENT_DOB ("'2200-12-31'") },
  { REFUSED, PATIENT_DOB ("'2201-01-01'") },
  { REFUSED, PATIENT_DOB ("'0000-01-01'") },
  { ACCEPTED, PATIENT_WITH ("sex", "'female'") },
  { REFUSED, PATIENT_WITH ("sex", "'Female'") },
  { REFUSED, PATIENT_WITH ("sex", "'f'") },
  { REFUSED, PATIENT_WITH ("sex", "NULL") },
  { ACCEPTED, PATIENT_WITH ("contact", "'@500@'") },
  { REFUSED, PATIENT_WITH ("contact", "'@501@'") },
  { ACCEPTED, PATIENT_WITH ("contact", "'line\nbreaks are fine here'") },
  { ACCEPTED, PATIENT_WITH ("notes", "'@10000@'") },
  { REFUSED, PATIENT_WITH ("notes", "'@10001@'") },
  { ACCEPTED, PATIENT_WITH ("archived", "1") },
  { REFUSED, PATIENT_WITH ("archived", "2") },
  { REFUSED, PATIENT_WITH ("archived", "-1") },
  { REFUSED, PATIENT_WITH ("archived", "NULL") },
  { REFUSED, PATIENT_WITH ("created_at", "NULL") },

  /* conditions */
  { ACCEPTED, CONDITION ("'itbs'", "'both'", "'2026-02-01'", "", "") },
  { REFUSED, CONDITION ("'runners_knee'", "'left'", "'2026-02-01'", "", "") },
  { REFUSED, CONDITION ("NULL", "'left'", "'2026-02-01'", "", "") },
  { REFUSED, CONDITION ("'itbs'", "'up'", "'2026-02-01'", "", "") },
  { REFUSED, CONDITION ("'itbs'", "'left'", "'2026-02-30'", "", "") },
  { ACCEPTED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", status", ", 'resolved'") },
  { REFUSED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", status", ", 'cured'") },
  { ACCEPTED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", prior_treatments", ", 511") },
  { ACCEPTED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", prior_treatments", ", 0") },
  { REFUSED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", prior_treatments", ", 512") },
  { REFUSED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", prior_treatments", ", -1") },
  { REFUSED, CONDITION ("'itbs'", "'left'", "'2026-02-01'", ", notes", ", '@10001@'") },
  { REFUSED, "INSERT INTO conditions (patient_id, kind, side, onset_date)"
             " VALUES (99, 'itbs', 'left', '2026-02-01')" },
  { DUPLICATE, "INSERT INTO conditions (id, patient_id, kind, side, onset_date)"
               " VALUES (1, 1, 'itbs', 'left', '2026-02-01')" },

  /* sessions */
  { ACCEPTED, SESSION ("", "") },
  { ACCEPTED, SESSION (", pain_before, pain_after", ", 0, 10") },
  { ACCEPTED, SESSION (", pain_before, pain_after", ", 7.5, 0.5") },
  { REFUSED, SESSION (", pain_before", ", 10.5") },
  { REFUSED, SESSION (", pain_before", ", -0.5") },
  { REFUSED, SESSION (", pain_after", ", 2.3") },
  { REFUSED, SESSION (", pain_after", ", 2.25") },
  { REFUSED, SESSION (", pain_after", ", 1e300") },
  { REFUSED, "INSERT INTO sessions (patient_id, condition_id, date, treatment)"
             " VALUES (2, 1, '2026-02-01', 'prp')" },
  { REFUSED, "INSERT INTO sessions (patient_id, condition_id, date, treatment)"
             " VALUES (1, 99, '2026-02-01', 'prp')" },
  { REFUSED, "INSERT INTO sessions (patient_id, condition_id, date, treatment)"
             " VALUES (1, NULL, '2026-02-01', 'prp')" },
  { REFUSED, "INSERT INTO sessions (patient_id, condition_id, date, treatment)"
             " VALUES (1, 1, '2026-02-01', 'steroid')" },
  { REFUSED, "INSERT INTO sessions (patient_id, condition_id, date, treatment)"
             " VALUES (1, 1, '2026-1-5', 'prp')" },
  { ACCEPTED, SESSION (", concentration_pct, volume_ml, injection_count", ", 0, 100, 1") },
  { ACCEPTED, SESSION (", concentration_pct, volume_ml, injection_count", ", 100, 0.1, 100") },
  { REFUSED, SESSION (", concentration_pct", ", 100.5") },
  { REFUSED, SESSION (", concentration_pct", ", -0.1") },
  { REFUSED, SESSION (", volume_ml", ", 0") },
  { REFUSED, SESSION (", volume_ml", ", 100.01") },
  { REFUSED, SESSION (", injection_count", ", 0") },
  { REFUSED, SESSION (", injection_count", ", 101") },
  { REFUSED, SESSION (", solution", ", '@201@'") },
  { REFUSED, SESSION (", structures", ", '@501@'") },
  { REFUSED, SESSION (", clinician", ", '@201@'") },
  { REFUSED, SESSION (", site", ", '@201@'") },
  { REFUSED, SESSION (", adverse_events", ", '@2001@'") },
  { REFUSED, SESSION (", advice", ", '@2001@'") },
  { REFUSED, SESSION (", notes", ", '@10001@'") },
  { ACCEPTED, SESSION (", next_visit", ", '2026-02-01'") },
  { ACCEPTED, SESSION (", next_visit", ", '2026-03-01'") },
  { REFUSED, SESSION (", next_visit", ", '2026-01-31'") },
  { REFUSED, SESSION (", next_visit", ", '2026-02-30'") },

  /* pain_scores */
  { ACCEPTED, SCORE ("0", "", "") },
  { ACCEPTED, SCORE ("10", "", "") },
  { ACCEPTED, SCORE ("4.5", ", notes", ", '@2000@'") },
  { REFUSED, SCORE ("10.5", "", "") },
  { REFUSED, SCORE ("-1", "", "") },
  { REFUSED, SCORE ("4.25", "", "") },
  { REFUSED, SCORE ("NULL", "", "") },
  { REFUSED, SCORE ("3", ", notes", ", '@2001@'") },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (1, 1, '2026-02-01', 3, 'night', 'clinic')" },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (1, 1, '2026-02-01', 3, 'rest', 'phone')" },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (1, 1, '2026-02-01', 3, NULL, 'clinic')" },
  { ACCEPTED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
              " VALUES (1, NULL, '2026-02-01', 3, 'during-run', 'patient')" },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (1, 99, '2026-02-01', 3, 'rest', 'clinic')" },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (99, NULL, '2026-02-01', 3, 'rest', 'clinic')" },
  { REFUSED, "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source)"
             " VALUES (1, 1, '2026-02-31', 3, 'rest', 'clinic')" },

  /* shoes */
  { ACCEPTED, "INSERT INTO shoes (patient_id, name, started, retired)"
              " VALUES (1, 'Racer', '2026-01-01', '2026-01-01')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started, retired)"
             " VALUES (1, 'Racer', '2026-01-02', '2026-01-01')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started) VALUES (1, '', '2026-01-01')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started) VALUES (1, 'Ra\tcer', '2026-01-01')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started) VALUES (1, 'Racer', '2026-02-29')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started, retired)"
             " VALUES (1, 'Racer', '2026-01-01', '2026-9-1')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started, notes)"
             " VALUES (1, 'Racer', '2026-01-01', '@2001@')" },
  { REFUSED, "INSERT INTO shoes (patient_id, name, started) VALUES (99, 'Racer', '2026-01-01')" },

  /* runs */
  { ACCEPTED, RUN ("", "") },
  { ACCEPTED, RUN (", shoe_id, duration_s, pain_during", ", 1, 1800, 2.5") },
  { ACCEPTED, RUN (", shoe_id", ", NULL") },
  { REFUSED, RUN (", shoe_id", ", 99") },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface, shoe_id)"
             " VALUES (2, '2026-02-01', 5000, 'road', 1)" },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
             " VALUES (1, '2026-02-01', 0, 'road')" },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
             " VALUES (1, '2026-02-01', -5, 'road')" },
  { ACCEPTED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
              " VALUES (1, '2026-02-01', 500000, 'road')" },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
             " VALUES (1, '2026-02-01', 500000.5, 'road')" },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
             " VALUES (1, '2026-02-01', NULL, 'road')" },
  { REFUSED, "INSERT INTO runs (patient_id, date, distance_m, surface)"
             " VALUES (1, '2026-02-01', 5000, 'sand')" },
  { REFUSED, RUN (", duration_s", ", 0") },
  { ACCEPTED, RUN (", duration_s", ", 172800") },
  { REFUSED, RUN (", duration_s", ", 172801") },
  { REFUSED, RUN (", pain_during", ", 11") },
  { REFUSED, RUN (", pain_during", ", 0.2") },
  { REFUSED, RUN (", notes", ", '@2001@'") },

  /* cross_training */
  { ACCEPTED, CROSS ("'bike'", "1", "NULL") },
  { ACCEPTED, CROSS ("'strength'", "1440", "10") },
  { REFUSED, CROSS ("'yoga'", "30", "NULL") },
  { REFUSED, CROSS ("'bike'", "0", "NULL") },
  { REFUSED, CROSS ("'bike'", "1441", "NULL") },
  { REFUSED, CROSS ("'bike'", "NULL", "NULL") },
  { REFUSED, CROSS ("'bike'", "30", "0") },
  { REFUSED, CROSS ("'bike'", "30", "11") },
  { REFUSED, "INSERT INTO cross_training (patient_id, date, activity, minutes)"
             " VALUES (1, '2026-02-30', 'bike', 30)" },

  /* patient_summaries */
  { ACCEPTED, "INSERT INTO patient_summaries (patient_id, latest_pain) VALUES (1, 10)" },
  { DUPLICATE, "INSERT INTO patient_summaries (patient_id) VALUES (1), (1)" },
  { REFUSED, "INSERT INTO patient_summaries (patient_id) VALUES (99)" },
  { REFUSED, "INSERT INTO patient_summaries (patient_id, session_count) VALUES (1, -1)" },
  { REFUSED, "INSERT INTO patient_summaries (patient_id, latest_pain) VALUES (1, 10.5)" },
  { REFUSED, "INSERT INTO patient_summaries (patient_id, session_count) VALUES (1, NULL)" },

  /* clinic_settings */
  { ACCEPTED, "INSERT INTO clinic_settings (key, value) VALUES ('clinician-pin', '')" },
  { DUPLICATE, "INSERT INTO clinic_settings (key, value) VALUES ('a', '1'), ('a', '2')" },
  { REFUSED, "INSERT INTO clinic_settings (key, value) VALUES ('', 'v')" },
  { REFUSED, "INSERT INTO clinic_settings (key, value) VALUES (NULL, 'v')" },
  { REFUSED, "INSERT INTO clinic_settings (key, value) VALUES ('k', NULL)" },
  { REFUSED, "INSERT INTO clinic_settings (key, value) VALUES ('@101@', 'v')" },
  { REFUSED, "INSERT INTO clinic_settings (key, value) VALUES ('k', '@10001@')" },

  /* audit */
  { ACCEPTED, "INSERT INTO audit (action) VALUES ('export')" },
  { ACCEPTED, "INSERT INTO audit (action, table_name, record_id, patient_id, prev_hash, hash)"
              " VALUES ('update', 'run_plans', 1, 1, '@64@', '@64@')" },
  { REFUSED, "INSERT INTO audit (action) VALUES ('erase')" },
  { REFUSED, "INSERT INTO audit (action) VALUES (NULL)" },
  { REFUSED, "INSERT INTO audit (action, table_name) VALUES ('create', 'patient_summaries')" },
  { REFUSED, "INSERT INTO audit (action, hash) VALUES ('create', '@63@')" },
  { REFUSED, "INSERT INTO audit (action, prev_hash) VALUES ('create', '@65@')" },
  { REFUSED, "INSERT INTO audit (action, detail) VALUES ('report', '@2001@')" },
  { REFUSED, "INSERT INTO audit (action, clinician) VALUES ('report', '@201@')" },
  { REFUSED, "INSERT INTO audit (at, action) VALUES (NULL, 'report')" },

  /* outcomes: the instruments' ranges, custom scores, answers */
  { ACCEPTED, OUTCOME ("'ffi'", "0", "", "") },
  { ACCEPTED, OUTCOME ("'visa-a'", "100", ", answers", ", '7,6,5,6,7,6,0,10'") },
  { ACCEPTED, OUTCOME ("'visa-a'", "50", ", answers", ", ''") },
  { ACCEPTED, OUTCOME ("'lefs'", "80", ", answers", ", '@400@'") },
  { REFUSED, OUTCOME ("'lefs'", "80", ", answers", ", '@401@'") },
  { REFUSED, OUTCOME ("'lefs'", "81", "", "") },
  { REFUSED, OUTCOME ("'visa-a'", "100.5", "", "") },
  { REFUSED, OUTCOME ("'kujala'", "-1", "", "") },
  { REFUSED, OUTCOME ("'ffi'", "NULL", "", "") },
  { REFUSED, OUTCOME ("'koos'", "50", "", "") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", answers", ", '7;6'") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", answers", ", '7, 6'") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", answers", ", 'a'") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", custom_name", ", 'Hop'") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", custom_higher_better", ", 1") },
  { REFUSED, OUTCOME ("'ffi'", "50", ", custom_mcid", ", 5") },
  { ACCEPTED, OUTCOME ("'custom'", "85.5", CUSTOM_COLS, ", 'Hop test, cm', 0, 300, 1, 10") },
  { ACCEPTED, OUTCOME ("'custom'", "-10000", CUSTOM_COLS, ", 'Hop', -10000, 10000, 0, NULL") },
  { REFUSED, OUTCOME ("'custom'", "0", CUSTOM_COLS, ", 'Hop', -10001, 10, 0, NULL") },
  { REFUSED, OUTCOME ("'custom'", "0", CUSTOM_COLS, ", 'Hop', 0, 10001, 0, NULL") },
  { REFUSED, OUTCOME ("'custom'", "301", CUSTOM_COLS, ", 'Hop', 0, 300, 1, 10") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", 'Hop', 10, 10, 1, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", NULL, 0, 10, 1, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", '  ', 0, 10, 1, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", 'Hop\ntest', 0, 10, 1, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", '@101@', 0, 10, 1, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", 'Hop', 0, 10, 2, NULL") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", 'Hop', 0, 10, 1, 0") },
  { REFUSED, OUTCOME ("'custom'", "5", CUSTOM_COLS ", answers", ", 'Hop', 0, 10, 1, NULL, '1'") },
  /* A NULL bound makes both CASEs NULL, which a CHECK lets pass: the same
   * hole in both (the C check refuses it, pt_outcome_check_measure ()). */
  { ACCEPTED, OUTCOME ("'custom'", "5", CUSTOM_COLS, ", 'Hop', NULL, 10, 1, NULL") },
  { REFUSED, "INSERT INTO outcomes (patient_id, condition_id, date, kind, total)"
             " VALUES (1, 99, '2026-02-01', 'ffi', 50)" },
  { REFUSED, "INSERT INTO outcomes (patient_id, condition_id, date, kind, total)"
             " VALUES (1, NULL, '2026-02-01', 'ffi', 50)" },
  { REFUSED, "INSERT INTO outcomes (patient_id, condition_id, date, kind, total)"
             " VALUES (1, 1, '2026-11-31', 'ffi', 50)" },
  { REFUSED, OUTCOME ("'ffi'", "50", ", notes", ", '@2001@'") },

  /* run_plans */
  { ACCEPTED, PLAN ("'i1/2x5*2;c20*2;w10000*1'", "", "") },
  { ACCEPTED, PLAN ("'@1000@'", "", "") },
  { REFUSED, PLAN ("'@1001@'", "", "") },
  { REFUSED, PLAN ("''", "", "") },
  { REFUSED, PLAN ("'run 5k'", "", "") },
  { REFUSED, PLAN ("'I1/2x5*2'", "", "") },
  { REFUSED, PLAN ("'i1/2x5*2\n'", "", "") },
  { REFUSED, PLAN ("NULL", "", "") },
  { ACCEPTED, PLAN ("'w30'", ", rule, condition_id, current_step", ", 'custom', 1, 60") },
  { REFUSED, PLAN ("'w30'", ", rule", ", 'fast'") },
  { REFUSED, PLAN ("'w30'", ", condition_id", ", 99") },
  { REFUSED, PLAN ("'w30'", ", current_step", ", 61") },
  { REFUSED, PLAN ("'w30'", ", current_step", ", -1") },
  { REFUSED, PLAN ("'w30'", ", check_next_morning", ", 2") },
  { REFUSED, PLAN ("'w30'", ", require_next_morning", ", -1") },
  { REFUSED, PLAN ("'w30'", ", check_weekly", ", 2") },
  { REFUSED, PLAN ("'w30'", ", notes", ", '@2001@'") },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3.3, 3, 0, 1, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3, 10.5, 0, 1, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3, 3, -0.5, 1, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3, 3, 0, 0, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3, 3, 0, 8, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-03-05', 'w30', 3, 3, 0, 1, NULL)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (1, '2026-3-5', 'w30', 3, 3, 0, 1, 0)" },
  { REFUSED, "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during,"
             " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
             " VALUES (99, '2026-03-05', 'w30', 3, 3, 0, 1, 0)" },
};

const guint pt_test_pg_n_rows = G_N_ELEMENTS (pt_test_pg_rows);
