/* pt-test-pg-rows.h: the rows test-pg-schema writes to both backends
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

typedef enum
{
  ACCEPTED,
  REFUSED,    /* a CHECK, NOT NULL or FOREIGN KEY: PT_DB_FAULT_CONSTRAINT */
  DUPLICATE,  /* a UNIQUE or PRIMARY KEY: PT_DB_FAULT_UNIQUE */
} PtTestPgOutcome;

typedef struct
{
  PtTestPgOutcome outcome;
  const char *sql;  /* "@N@" stands for N characters "1" */
} PtTestPgRow;

/* The rows' SQL, as both dialects take it. */
#define PATIENT(name, dob, number) \
  "INSERT INTO patients (name, date_of_birth, record_number) VALUES (" name ", " dob ", " number ")"
#define PATIENT_DOB(dob) PATIENT ("'Cy Test'", dob, "'T-1'")
#define PATIENT_WITH(col, val) \
  "INSERT INTO patients (name, date_of_birth, record_number, " col ")" \
  " VALUES ('Cy Test', '1990-01-01', 'T-1', " val ")"
#define CONDITION(kind, side, onset, extra_cols, extra_vals) \
  "INSERT INTO conditions (patient_id, kind, side, onset_date" extra_cols ")" \
  " VALUES (1, " kind ", " side ", " onset extra_vals ")"
#define SESSION(cols, vals) \
  "INSERT INTO sessions (patient_id, condition_id, date, treatment" cols ")" \
  " VALUES (1, 1, '2026-02-01', 'dextrose'" vals ")"
#define SCORE(score, extra_cols, extra_vals) \
  "INSERT INTO pain_scores (patient_id, condition_id, date, score, context, source" extra_cols ")" \
  " VALUES (1, 1, '2026-02-01', " score ", 'rest', 'clinic'" extra_vals ")"
#define RUN(cols, vals) \
  "INSERT INTO runs (patient_id, date, distance_m, surface" cols ")" \
  " VALUES (1, '2026-02-01', 5000, 'road'" vals ")"
#define CROSS(activity, minutes, effort) \
  "INSERT INTO cross_training (patient_id, date, activity, minutes, effort)" \
  " VALUES (1, '2026-02-01', " activity ", " minutes ", " effort ")"
#define OUTCOME(kind, total, cols, vals) \
  "INSERT INTO outcomes (patient_id, condition_id, date, kind, total" cols ")" \
  " VALUES (1, 1, '2026-02-01', " kind ", " total vals ")"
#define CUSTOM_COLS ", custom_name, custom_min, custom_max, custom_higher_better, custom_mcid"
#define PLAN(steps, cols, vals) \
  "INSERT INTO run_plans (patient_id, start_date, steps, max_pain_during, max_pain_after," \
  " next_morning_tolerance, next_morning_days, weekly_tolerance" cols ")" \
  " VALUES (1, '2026-03-05', " steps ", 3, 3, 0, 1, 0" vals ")"

/* Patients 1 and 2, condition 1 and shoe 1 of patient 1; then, on
 * PostgreSQL, each identity moved past them. */
extern const char pt_test_pg_parents[];
extern const char pt_test_pg_parents_sequences[];
/* Every CHECK of every table, refused and accepted at its edges. */
extern const PtTestPgRow pt_test_pg_rows[];
extern const guint pt_test_pg_n_rows;
