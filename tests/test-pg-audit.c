/* test-pg-audit.c: the PostgreSQL audit triggers (pt-schema-pg-triggers.c)
 * write SQLite's audit rows, byte for byte
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same writes on a SQLite clinic and a server schema side by side
 * (pt-test-pg-triggers.h); test-pg-triggers has the summary triggers.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-db.h"
#include "pt-schema.h"
#include "pt-test-pg.h"
#include "pt-test-pg-triggers.h"
#include "pt-test-utils.h"

static void
test_audit_records (PtTestPair    *fixture,
                    gconstpointer  data)
{
  static const char * const writes[] = {
    "UPDATE patients SET archived = 1 WHERE id = 3",
    "UPDATE conditions SET prior_treatments = 3, notes = 'tried rest' WHERE id = 3",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, solution,"
    " concentration_pct, volume_ml, injection_count, structures, clinician, site, pain_before,"
    " pain_after, adverse_events, advice, next_visit, notes) VALUES (1, 1, 1, '2026-02-01',"
    " 'prp', 'PRP', 12.5, 5, 3, 'patellar tendon', 'Dr Who', 'Clinic A', 6, 2.5, 'none',"
    " 'ice', '2026-02-15', 'ok')",
    "UPDATE sessions SET volume_ml = 0.1, injection_count = 4 WHERE id = 1",
    SCORE ("1", "1", "1", "2026-02-01", "5"),
    "UPDATE pain_scores SET score = 4.5, context = 'morning' WHERE id = 1",
    "INSERT INTO shoes (id, patient_id, name, started) VALUES (1, 1, 'Trainer', '2026-01-01')",
    "UPDATE shoes SET retired = '2026-06-01' WHERE id = 1",
    "INSERT INTO runs (id, patient_id, date, distance_m, duration_s, surface, shoe_id,"
    " pain_during) VALUES (1, 1, '2026-02-02', 5000, 1800, 'road', 1, 2)",
    "UPDATE runs SET distance_m = 5000.5, shoe_id = NULL WHERE id = 1",
    "INSERT INTO cross_training (id, patient_id, date, activity, minutes, effort)"
    " VALUES (1, 1, '2026-02-03', 'bike', 45, 6)",
    "UPDATE cross_training SET effort = NULL WHERE id = 1",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, answers)"
    " VALUES (1, 1, 1, '2026-02-01', 'visa-a', 55, '5,5,10')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_higher_better, custom_mcid)"
    " VALUES (2, 1, 1, '2026-02-01', 'custom', 12, 'Stairs', 0, 20, 1, 2.5)",
    "UPDATE outcomes SET total = 60 WHERE id = 1",
    "INSERT INTO run_plans (id, patient_id, condition_id, start_date, steps, max_pain_during,"
    " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance,"
    " current_step, notes) VALUES (1, 1, 1, '2026-03-05', '10w;5x2', 3, 3, 0, 1, 0.5, 0,"
    " 'plan')",
    "UPDATE run_plans SET current_step = 1, rule = 'cautious' WHERE id = 1",
    /* A record given another id: record_id is the new one. */
    "INSERT INTO shoes (id, patient_id, name, started) VALUES (2, 2, 'Racer', '2026-02-01')",
    "UPDATE shoes SET id = 8 WHERE id = 2",
    "DELETE FROM run_plans WHERE id = 1",
    "DELETE FROM outcomes WHERE id = 2",
    "DELETE FROM outcomes WHERE id = 1",
    "DELETE FROM cross_training WHERE id = 1",
    "DELETE FROM runs WHERE id = 1",
    "DELETE FROM shoes WHERE id = 1",
    "DELETE FROM shoes WHERE id = 8",
    "DELETE FROM pain_scores WHERE id = 1",
    "DELETE FROM sessions WHERE id = 1",
    "DELETE FROM conditions WHERE id = 2",
    "DELETE FROM patients WHERE id = 3",
  };
  static const char * const tables[] = {
    "patients", "conditions", "sessions", "pain_scores", "shoes", "runs", "cross_training",
    "outcomes", "run_plans",
  };
  g_autofree char *audit = NULL;

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = pt_test_pair_assert_audit_equal (fixture);
  /* One row per write. */
  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM audit"), ==,
                   G_N_ELEMENTS (pt_test_pair_parents) + G_N_ELEMENTS (writes));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *create = g_strdup_printf ("create|%s|", tables[i]);
      g_autofree char *update = g_strdup_printf ("update|%s|", tables[i]);
      g_autofree char *delete = g_strdup_printf ("delete|%s|", tables[i]);

      pt_test_pair_assert_has (audit, create);
      pt_test_pair_assert_has (audit, update);
      pt_test_pair_assert_has (audit, delete);
    }
  pt_test_pair_assert_has (audit, "update|shoes|8|2|{\"patient_id\":2,\"name\":\"Racer\"");
  pt_test_pair_assert_has (audit, "delete|patients|3|3|{\"name\":\"Cy Three\",\"date_of_birth\":\"1990-01-01\","
              "\"sex\":\"unknown\",\"contact\":null,\"record_number\":\"P-3\",\"notes\":null,"
              "\"archived\":1}|NULL\n");
}

/* Text with what JSON escapes, and what it does not: quotes, backslashes,
 * line breaks, tabs, letters beyond ASCII. */
static void
test_audit_text (PtTestPair    *fixture,
                 gconstpointer  data)
{
  static const char * const writes[] = {
    "INSERT INTO patients (id, name, date_of_birth, record_number, contact, notes)"
    " VALUES (4, 'Siobhán O''Brien \"Sib\" \\ 日本', '1985-07-07', 'R\\1', 'line one\nline two',"
    " 'tab\there, CR\r\nand LF\n; a \\n that is not one; \\\"; \\u0041; 😀; end\\')",
    "UPDATE patients SET notes = '\\\\ two backslashes; \"\"quoted\"\"; ümlaut' WHERE id = 4",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, solution, structures,"
    " clinician, site, adverse_events, advice, notes) VALUES (1, 1, 1, '2026-02-01', 'neural',"
    " 'D5W \"5%\"', 'médial\tlateral', 'Dr. Ñoño', 'Room \\2', 'flush\r\nfaint', 'ice\n\nrest',"
    " '')",
    "INSERT INTO shoes (id, patient_id, name, started, notes)"
    " VALUES (1, 1, 'Pegasus \"40\" – grün', '2026-01-01', '\\')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, notes)"
    " VALUES (1, 1, 1, '2026-02-01', 'custom', 3, 'Échelle \"maison\"', 0, 10, 'a\tb')",
    "DELETE FROM patients WHERE id = 4",
  };
  g_autofree char *audit = NULL;

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = pt_test_pair_assert_audit_equal (fixture);
  pt_test_pair_assert_has (audit, "{\"name\":\"Siobhán O'Brien \\\"Sib\\\" \\\\ 日本\",");
  pt_test_pair_assert_has (audit, "\"contact\":\"line one\\nline two\"");
  pt_test_pair_assert_has (audit, "\"notes\":\"tab\\there, CR\\r\\nand LF\\n; a \\\\n that is not one;"
              " \\\\\\\"; \\\\u0041; 😀; end\\\\\"");
  pt_test_pair_assert_has (audit, "\"notes\":\"\"}");
}

/* Numbers as SQLite prints them: an INTEGER's digits, a REAL's "%!.15g". */
static void
test_audit_numbers (PtTestPair    *fixture,
                    gconstpointer  data)
{
  static const char * const writes[] = {
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml, injection_count, pain_before, pain_after)"
    " VALUES (1, 1, 1, '2026-02-01', 'dextrose', 5, 2.5, 12, 0, 10)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml, pain_before) VALUES (2, 1, 1, '2026-02-02', 'dextrose', 0.1, 0.00001, 5.5)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml) VALUES (3, 1, 1, '2026-02-03', 'dextrose', 12.345678901234567, 0.1 + 0.2)",
    "INSERT INTO sessions (id, patient_id, condition_id, date, treatment, concentration_pct,"
    " volume_ml) VALUES (4, 1, 1, '2026-02-04', 'dextrose', 99.99999999999999, 0.0001)",
    "INSERT INTO runs (id, patient_id, date, distance_m, duration_s, surface)"
    " VALUES (1, 1, '2026-02-02', 123456.789, 172800, 'trail')",
    "INSERT INTO runs (id, patient_id, date, distance_m, surface)"
    " VALUES (2, 1, '2026-02-03', 500000, 'track')",
    "INSERT INTO runs (id, patient_id, date, distance_m, surface)"
    " VALUES (3, 1, '2026-02-04', 0.00012345, 'grass')",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (1, 1, 1, '2026-02-01', 'custom', -0.25,"
    " 'A', -0.5, 10000, 123456789012345680)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (2, 1, 1, '2026-02-01', 'custom', 0,"
    " 'B', -0.0, 1, 1e15)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (3, 1, 1, '2026-02-01', 'custom', 1,"
    " 'C', -10000, 9999.5, 1e14)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (4, 1, 1, '2026-02-01', 'custom', 1,"
    " 'D', 0, 2, 1e300)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (5, 1, 1, '2026-02-01', 'custom', 1,"
    " 'E', 0, 2, 1.5e-300)",
    "INSERT INTO outcomes (id, patient_id, condition_id, date, kind, total, custom_name,"
    " custom_min, custom_max, custom_mcid) VALUES (6, 1, 1, '2026-02-01', 'custom', 1,"
    " 'F', 0, 2, 3.14159265358979323)",
    "INSERT INTO run_plans (id, patient_id, start_date, steps, max_pain_during,"
    " max_pain_after, next_morning_tolerance, next_morning_days, weekly_tolerance)"
    " VALUES (1, 1, '2026-03-05', '1', 10, 2.5, 0, 7, 0.5)",
    "UPDATE run_plans SET weekly_tolerance = 1 WHERE id = 1",
  };
  static const char * const expected[] = {
    "\"concentration_pct\":5.0,\"volume_ml\":2.5,\"injection_count\":12,",
    "\"pain_before\":0.0,\"pain_after\":10.0,",
    "\"concentration_pct\":0.1,\"volume_ml\":1.0e-05,",
    "\"pain_before\":5.5,",
    "\"concentration_pct\":12.3456789012346,\"volume_ml\":0.3,",
    "\"concentration_pct\":100.0,\"volume_ml\":0.0001,",
    "\"distance_m\":123456.789,\"duration_s\":172800,",
    "\"distance_m\":500000.0,",
    "\"distance_m\":0.00012345,",
    "\"total\":-0.25,",
    "\"custom_min\":-0.5,\"custom_max\":10000.0,\"custom_higher_better\":0,"
    "\"custom_mcid\":1.23456789012346e+17,",
    "\"custom_min\":0.0,\"custom_max\":1.0,\"custom_higher_better\":0,\"custom_mcid\":1.0e+15,",
    "\"custom_min\":-10000.0,\"custom_max\":9999.5,\"custom_higher_better\":0,"
    "\"custom_mcid\":100000000000000.0,",
    "\"custom_mcid\":1.0e+300,",
    "\"custom_mcid\":1.5e-300,",
    "\"custom_mcid\":3.14159265358979,",
    "\"max_pain_during\":10.0,\"max_pain_after\":2.5,\"check_next_morning\":1,"
    "\"next_morning_tolerance\":0.0,\"next_morning_days\":7,",
    "\"weekly_tolerance\":0.5,\"current_step\":null,",
    "\"weekly_tolerance\":1.0,\"current_step\":null,",
  };
  g_autofree char *audit = NULL;

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = pt_test_pair_assert_audit_equal (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    pt_test_pair_assert_has (audit, expected[i]);
}

/* One double as SQLite makes text of it, and as pt_sqlite_real_text()
 * does. */
static void
real_texts (PtDbStmt   *on_sqlite,
            PtDbStmt   *on_pg,
            double      value,
            char      **sqlite_text,
            char      **pg_text)
{
  pt_db_bind_double (on_sqlite, 1, value);
  pt_db_bind_double (on_pg, 1, value);
  g_assert_cmpint (pt_db_step (on_sqlite), ==, PT_DB_ROW);
  g_assert_cmpint (pt_db_step (on_pg), ==, PT_DB_ROW);
  *sqlite_text = g_strdup (pt_db_column_text (on_sqlite, 0));
  *pg_text = g_strdup (pt_db_column_text (on_pg, 0));
  pt_db_reset (on_sqlite);
  pt_db_reset (on_pg);
}

/* An exact tie at the 15th significant digit: the double is exactly 16
 * significant digits, the last a 5 (glibc prints exact digits). */
static gboolean
is_tie (double value)
{
  char text[128];
  const char *digits;

  g_snprintf (text, sizeof text, "%.60e", fabs (value));
  /* "d." then the 15th digit on at text[16]. */
  digits = text + 16;
  if (digits[0] != '5')
    return FALSE;
  for (digits++; *digits != 'e'; digits++)
    if (*digits != '0')
      return FALSE;
  return TRUE;
}

/* A tie of @p binary places: j / 2^p with j odd, which is 5^p j / 10^p,
 * so j is chosen to make 5^p j a number of 16 digits (ending in 5). */
static double
tie_below (int p)
{
  double five = pow (5, p);
  gint64 lo = (gint64) ceil (1e15 / five);
  gint64 hi = (gint64) floor (9999999999999999.0 / five);
  gint64 j = lo + (gint64) (g_test_rand_double () * (double) (hi - lo));

  return ldexp ((double) (j | 1), -p);
}

/* pt_sqlite_real_text() against SQLite itself, on numbers of every size,
 * on those a clinic writes (half steps, a few decimals), and on exact
 * ties at the 15th digit, which SQLite's long double arithmetic rounds
 * either way and pt_x87_digits() emulates. */
static void
test_audit_real_text (PtTestPair    *fixture,
                      gconstpointer  data)
{
  static const double fixed[] = {
    5, 2.5, 0.1, 1e-5, 123456789012345680.0, -0.5, -0.0, 1e15, 1e14, 99.99999999999999,
    0.30000000000000004, 1234567890123455.0, 4503599627370497.0, 293820774248420.5,
    0.0001234567890123445, 1e-4, 9.5e-5, 1e300, 1.5e-300, 5e-324, 1.7976931348623157e308,
    -1e-10, 9007199254740993.0, 0.15, 0.25, 1.005, 2.675, 100000.0009765625, 1e100, 1e-100,
    12345678.9, INFINITY, -INFINITY, 9.570969288833155e-18, 6852.533397879115,
  };
  g_autoptr(PtDbStmt) on_sqlite = NULL;
  g_autoptr(PtDbStmt) on_pg = NULL;
  g_autofree char *s = NULL;
  g_autofree char *p = NULL;
  guint n = 0;
  guint ties = 0;
  guint mismatches = 0;

  if (!pt_test_pair_have_server (fixture))
    return;

  on_sqlite = pt_db_prepare (fixture->sqlite, "SELECT ?1 || ''");
  on_pg = pt_db_prepare (fixture->pg, "SELECT pt_sqlite_real_text (CAST (?1 AS double precision))");
  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 6000; i++)
    {
      double value;

      if (i < G_N_ELEMENTS (fixed))
        value = fixed[i];
      else
        switch (i % 6)
          {
          case 0:  /* any size */
            value = g_test_rand_double_range (1, 10) * pow (10, g_test_rand_int_range (-30, 30));
            break;
          case 1:  /* half steps */
            value = g_test_rand_int_range (0, 21) / 2.0;
            break;
          case 2:  /* cents */
            value = g_test_rand_int_range (-1000000, 1000000) / 100.0;
            break;
          case 3:  /* metres to the millimetre */
            value = g_test_rand_int_range (0, 500000000) / 1000.0;
            break;
          case 4:  /* 16 digits ending in 5: ties */
            value = (double) (g_test_rand_int_range (100000000, 900000000) * (gint64) 10000000 +
                              g_test_rand_int_range (0, 1000000) * 10 + 5);
            if (i % 12 == 4)
              value = tie_below (g_test_rand_int_range (1, 22));
            break;
          default:  /* all 17 digits */
            value = g_test_rand_double_range (-1e6, 1e6);
            break;
          }
      g_clear_pointer (&s, g_free);
      g_clear_pointer (&p, g_free);
      real_texts (on_sqlite, on_pg, value, &s, &p);
      n++;
      ties += is_tie (value);
      if (g_strcmp0 (s, p) != 0)
        {
          g_printerr ("%.17g: SQLite %s, PostgreSQL %s\n", value, s, p);
          mismatches++;
        }
    }
  g_test_message ("%u numbers (%u exact ties), %u alike", n, ties, n - mismatches);
  g_assert_cmpuint (mismatches, ==, 0);
  g_assert_cmpuint (ties, >=, 500);

  /* Ties rounded up and down, not as printf's half to even would. */
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&p, g_free);
  g_assert_true (is_tie (1234567890123445.0));
  real_texts (on_sqlite, on_pg, 1234567890123445.0, &s, &p);
  g_assert_cmpstr (s, ==, "1.23456789012345e+15");
  g_assert_cmpstr (p, ==, s);
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&p, g_free);
  real_texts (on_sqlite, on_pg, 3490061275754505.0, &s, &p);
  g_assert_cmpstr (s, ==, "3.4900612757545e+15");
  g_assert_cmpstr (p, ==, s);
}

/* An update that changes nothing the audit holds writes no row: only
 * updated_at, a field set to its own value, NULL to NULL. */
static void
test_audit_unchanged (PtTestPair    *fixture,
                      gconstpointer  data)
{
  static const char * const writes[] = {
    SESSION ("1", "1", "1", "2026-02-01", "6", "NULL"),
    "UPDATE patients SET updated_at = '2027-01-01T00:00:00.000Z' WHERE id = 1",
    "UPDATE patients SET name = name, sex = 'unknown', notes = NULL WHERE id = 1",
    "UPDATE sessions SET updated_at = '2027-01-01T00:00:00.000Z', pain_before = 6 WHERE id = 1",
    "UPDATE conditions SET updated_at = '2027-01-01T00:00:00.000Z', created_at = '2000'"
    " WHERE id = 1",
    /* NULL to '' is a change, '' to '' none. */
    "UPDATE patients SET notes = '' WHERE id = 1",
    "UPDATE patients SET notes = '' WHERE id = 1",
  };
  g_autofree char *audit = NULL;

  if (!pt_test_pair_have_server (fixture))
    return;

  pt_test_pair_run_all (fixture, pt_test_pair_parents, G_N_ELEMENTS (pt_test_pair_parents));
  pt_test_pair_run_all (fixture, writes, G_N_ELEMENTS (writes));
  audit = pt_test_pair_assert_audit_equal (fixture);
  g_assert_cmpint (pt_test_pair_query_int (fixture->pg, "SELECT count(*) FROM audit"), ==,
                   G_N_ELEMENTS (pt_test_pair_parents) + 2);
  pt_test_pair_assert_has (audit, "update|patients|1|1|");
  g_free (pt_test_pair_assert_summaries_equal (fixture));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, PtTestPair, NULL, pt_test_pair_set_up, func, pt_test_pair_tear_down)
  ADD ("/pg-audit/records", test_audit_records);
  ADD ("/pg-audit/text", test_audit_text);
  ADD ("/pg-audit/numbers", test_audit_numbers);
  ADD ("/pg-audit/real-text", test_audit_real_text);
  ADD ("/pg-audit/unchanged", test_audit_unchanged);
#undef ADD

  return g_test_run ();
}
