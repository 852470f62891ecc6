/* test-csv.c: CSV export, read back by a strict RFC 4180 parser of its own
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every exported cell is compared with the record it came from, read
 * through the record's GObject properties, not through the export's own
 * cursor. meson runs this program twice: in C.UTF-8 and in de_DE.UTF-8
 * (a decimal comma), where numbers must still use a dot.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "pt-csv-export.h"
#include "pt-csv-writer.h"
#include "pt-enums.h"
#include "pt-test-csv.h"
#include "pt-test-utils.h"

/* Text a person could type, each a trap for a CSV writer or a spreadsheet. */
static const char * const awkward[] = {
  "plain",
  "comma, inside",
  "say \"hello\"",
  "\"starts with a quote",
  "line one\nline two",
  "crlf\r\nsecond line",
  "ends with a newline\n",
  "=1+2",
  "=HYPERLINK(\"http://example.org\",\"click\")",
  "+44 7700 900000",
  "-5 km easy",
  "@SUM(A1:A2)",
  "\tindented",
  "\rcarriage return first",
  "\nnewline first",
  "Ça va, José? Ünïcödé «quotes»",
  "跑步后脚跟疼",
  "ألم في الكعب بعد الجري",
  " leading and trailing spaces ",
  "emoji 🏃‍♀️, \"quoted\"",
  "'already an apostrophe",
};

/* ---- the writer ---- */

static char *
write_rows (void (*fill) (PtCsvWriter *writer))
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtCsvWriter) writer = pt_csv_writer_new_for_stream (stream, "memory", NULL);

  fill (writer);
  g_assert_true (pt_csv_writer_flush (writer, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
fill_quoting (PtCsvWriter *w)
{
  pt_csv_writer_add_value (w, "plain", -1);
  pt_csv_writer_add_value (w, "a,b", -1);
  pt_csv_writer_add_value (w, "say \"hi\"", -1);
  pt_csv_writer_add_value (w, "two\nlines", -1);
  pt_csv_writer_add_value (w, "cr\rhere", -1);
  pt_csv_writer_add_value (w, NULL, -1);
  pt_csv_writer_add_empty (w);
  pt_csv_writer_add_value (w, "Ünïcödé 跑步 ألم", -1);
  pt_csv_writer_add_value (w, "cut here", 3);
  g_assert_true (pt_csv_writer_end_row (w, NULL));
  pt_csv_writer_add_value (w, "second", -1);
  g_assert_true (pt_csv_writer_end_row (w, NULL));
}

static void
test_writer_quoting (void)
{
  g_autofree char *out = write_rows (fill_quoting);

  g_assert_cmpstr (out, ==,
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,,"
                   "Ünïcödé 跑步 ألم,cut\r\nsecond\r\n");
}

static void
fill_injection (PtCsvWriter *w)
{
  for (const char *p = "=+-@\t\r\n"; *p; p++)
    {
      char text[] = { *p, 'x', '\0' };
      pt_csv_writer_add_text (w, text, -1);
    }
  pt_csv_writer_add_text (w, "=1+2,3", -1);
  pt_csv_writer_add_text (w, "a=1", -1);
  pt_csv_writer_add_text (w, "", -1);
  pt_csv_writer_add_value (w, "-5", -1);
  g_assert_true (pt_csv_writer_end_row (w, NULL));
}

static void
test_writer_injection (void)
{
  g_autofree char *out = write_rows (fill_injection);

  g_assert_cmpstr (out, ==, "'=x,'+x,'-x,'@x,'\tx,\"'\rx\",\"'\nx\",\"'=1+2,3\",a=1,,-5\r\n");
  g_assert_true (pt_csv_text_needs_defusing ("@x"));
  g_assert_false (pt_csv_text_needs_defusing ("x@"));
  g_assert_false (pt_csv_text_needs_defusing (""));
}

static void
fill_numbers (PtCsvWriter *w)
{
  pt_csv_writer_add_int (w, 0);
  pt_csv_writer_add_int (w, -42);
  pt_csv_writer_add_int (w, G_MAXINT64);
  pt_csv_writer_add_int (w, G_MININT64);
  pt_csv_writer_add_real (w, 7.5, 6);
  pt_csv_writer_add_real (w, 12.0, 6);
  pt_csv_writer_add_real (w, 0.1, 6);
  pt_csv_writer_add_real (w, 5000.0 / 1609.344, 6);
  pt_csv_writer_add_real (w, -2.25, 6);
  pt_csv_writer_add_real (w, -0.0000001, 6);
  pt_csv_writer_add_real (w, 0.000001, 6);
  pt_csv_writer_add_real (w, 1.25, 1);
  pt_csv_writer_add_real (w, NAN, 6);
  pt_csv_writer_add_real (w, 1e20, 0);
  pt_csv_writer_add_real (w, 123456.5, 0);
  g_assert_true (pt_csv_writer_end_row (w, NULL));
}

static void
test_writer_numbers (void)
{
  g_autofree char *out = write_rows (fill_numbers);

  /* A dot in every locale, no trailing zeros, no exponent for normal values. */
  g_assert_cmpstr (out, ==,
                   "0,-42,9223372036854775807,-9223372036854775808,7.5,12,0.1,3.106856,-2.25,"
                   "0,0.000001,1.3,,1e+20,123457\r\n");
}

static void
fill_large (PtCsvWriter *w)
{
  g_autofree char *big = g_strnfill (300 * 1024, 'x');

  big[1000] = '"';
  big[2000] = '\n';
  big[3000] = ',';
  for (guint i = 0; i < 20000; i++)
    {
      pt_csv_writer_add_int (w, i);
      pt_csv_writer_add_text (w, awkward[i % G_N_ELEMENTS (awkward)], -1);
      g_assert_true (pt_csv_writer_end_row (w, NULL));
    }
  pt_csv_writer_add_int (w, -1);
  pt_csv_writer_add_text (w, big, -1);
  g_assert_true (pt_csv_writer_end_row (w, NULL));
}

/* Many flushes and a field larger than the buffer. */
static void
test_writer_large (void)
{
  g_autofree char *out = write_rows (fill_large);
  g_autoptr(GPtrArray) rows = pt_test_parse_csv_or_fail (out, strlen (out));
  GPtrArray *last;

  g_assert_cmpuint (rows->len, ==, 20001);
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *expected = pt_test_csv_defused (awkward[i % G_N_ELEMENTS (awkward)]);
      GPtrArray *row = rows->pdata[i];

      g_assert_cmpint (g_ascii_strtoll (row->pdata[0], NULL, 10), ==, i);
      g_assert_cmpstr (row->pdata[1], ==, expected);
    }
  last = rows->pdata[20000];
  g_assert_cmpuint (strlen (last->pdata[1]), ==, 300 * 1024);
  g_assert_cmpint (((char *) last->pdata[1])[2000], ==, '\n');
}

/* A failed write names the file and the reason. */
static void
test_writer_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtCsvWriter) writer = NULL;
  int fd = open ("/dev/full", O_WRONLY | O_CLOEXEC);

  if (fd < 0)
    {
      g_test_skip ("no /dev/full");
      return;
    }

  writer = pt_csv_writer_new_for_fd (fd, "/dev/full");
  pt_csv_writer_add_text (writer, "row", -1);
  g_assert_true (pt_csv_writer_end_row (writer, &error));
  g_assert_false (pt_csv_writer_flush (writer, &error));
  pt_test_assert_error (error, PT_ERROR_STORAGE, NULL, "/dev/full", g_strerror (ENOSPC), NULL);
  close (fd);
}

/* ---- the export ---- */

static char *
export_to_string (PtStore        *store,
                  PtCsvTable      table,
                  gint64          patient_id,
                  PtDistanceUnit  units,
                  guint64        *n_rows)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pt_csv_export_to_stream (store, table, patient_id, units, stream, "memory",
                                          n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static GPtrArray *
export_rows (PtStore        *store,
             PtCsvTable      table,
             gint64          patient_id,
             PtDistanceUnit  units)
{
  guint64 n_rows = 0;
  g_autofree char *out = export_to_string (store, table, patient_id, units, &n_rows);
  GPtrArray *rows = pt_test_parse_csv_or_fail (out, strlen (out));

  g_assert_cmpuint (rows->len, ==, n_rows + 1);
  return rows;
}

static gboolean
is_reference (const char *name)
{
  return g_str_has_suffix (name, "_id");
}

/* The record's value of @column, as the independent reading of the cell. */
static void
assert_cell_matches (PtRecord       *record,
                     const char     *column,
                     const char     *actual,
                     PtDistanceUnit  units)
{
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *expected = NULL;
  const char *property = column;

  if (g_str_equal (column, "id"))
    {
      expected = g_strdup_printf ("%" G_GINT64_FORMAT, pt_record_get_id (record));
      g_assert_cmpstr (actual, ==, expected);
      return;
    }
  if (g_str_has_prefix (column, "distance_"))
    property = "distance_m";

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_assert_nonnull (pspec);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), property, &value);

  if (G_VALUE_HOLDS_INT64 (&value))
    {
      gint64 v = g_value_get_int64 (&value);
      gboolean unset = v == PT_NO_INT || (v == 0 && is_reference (column));
      expected = unset ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, v);
    }
  else if (G_VALUE_HOLDS_DOUBLE (&value))
    {
      double v = g_value_get_double (&value);

      if (isnan (v))
        {
          g_assert_cmpstr (actual, ==, "");
          return;
        }
      if (g_str_equal (column, "distance_km"))
        v /= 1000;
      else if (g_str_equal (column, "distance_mi"))
        v /= 1609.344;
      g_assert_null (strchr (actual, ','));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (actual, NULL), v, 1e-6);
      return;
    }
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    expected = g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  else if (G_VALUE_HOLDS_ENUM (&value))
    expected = g_strdup (pt_enum_to_nick (pspec->value_type, g_value_get_enum (&value)));
  else if (G_VALUE_HOLDS_FLAGS (&value))
    expected = pt_flags_to_nicks (pspec->value_type, g_value_get_flags (&value));
  else if (G_VALUE_HOLDS_STRING (&value))  /* dates never start with = + - @ */
    expected = pt_test_csv_defused (g_value_get_string (&value));
  else
    g_error ("column %s has an unexpected type", column);

  if (g_strcmp0 (actual, expected) != 0)
    g_error ("column %s: expected “%s”, got “%s”", column, expected, actual);
}

/* Every cell of every row against the stored records, in @list's order. */
static void
assert_rows_match (GPtrArray      *rows,
                   GListModel     *list,
                   PtStore        *store,
                   PtDistanceUnit  units)
{
  GPtrArray *header = rows->pdata[0];

  g_assert_cmpuint (rows->len - 1, ==, g_list_model_get_n_items (list));
  for (guint r = 1; r < rows->len; r++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (list, r - 1);

      for (guint c = 0; c < header->len; c++)
        {
          const char *column = header->pdata[c];
          const char *actual = ((GPtrArray *) rows->pdata[r])->pdata[c];

          if (g_str_equal (column, "patient_record_number"))
            {
              g_autoptr(PtPatient) patient = NULL;
              g_autofree char *expected = NULL;

              gint64 patient_id;

              g_object_get (record, "patient_id", &patient_id, NULL);
              patient = pt_store_get_patient (store, patient_id, NULL);
              expected = pt_test_csv_defused (pt_patient_get_record_number (patient));
              g_assert_cmpstr (actual, ==, expected);
            }
          else
            assert_cell_matches (record, column, actual, units);
        }
    }
}

/* One patient with every kind of record, full of awkward text. */
static gint64
add_awkward_patient (PtStore    *store,
                     const char *record_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtPatient) patient = pt_test_new_patient ("=O'Brien, \"Jo\" Ünïcödé 跑步",
                                                      record_number, PT_TEST_BIRTH);
  gint64 patient_id, condition_id, shoe_id;

  pt_patient_set_contact (patient, "+44 7700 900000\njo@example.org, \"home\"");
  pt_patient_set_notes (patient, "@risk\r\nof relapse");
  patient_id = pt_store_add_patient (store, patient, &error);
  g_assert_no_error (error);

  condition_id = pt_test_add_condition (store, patient_id, "2024-06-01");
  shoe_id = pt_test_add_shoe (store, patient_id, "-Brooks, \"Ghost\" 15", "2024-06-01");

  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      g_autofree char *date = g_strdup_printf ("2025-01-%02u", i + 1);
      g_autoptr(PtRun) run = pt_test_new_run (patient_id, date, 1000.0 * (i + 1) + 0.5);
      g_autoptr(PtPainScore) pain = pt_test_new_pain_score (patient_id, condition_id, date,
                                                            (i % 21) / 2.0);
      g_autoptr(PtCrossTraining) cross = pt_test_new_cross_training (patient_id, date, 30 + i);
      g_autoptr(PtSession) session = pt_test_new_session (patient_id, condition_id, date);

      pt_run_set_notes (run, awkward[i]);
      if (i % 2)
        {
          pt_run_set_shoe_id (run, shoe_id);
          pt_run_set_duration_s (run, 300 * (i + 1) + i);
          pt_run_set_pain_during (run, 2.5);
        }
      pt_pain_score_set_notes (pain, awkward[i]);
      pt_cross_training_set_notes (cross, awkward[i]);
      pt_session_set_advice (session, awkward[i]);
      pt_session_set_structures (session, awkward[G_N_ELEMENTS (awkward) - 1 - i]);
      if (i % 3 == 0)
        pt_session_set_volume_ml (session, 2.5 + i);
      pt_test_expect_saved (store, run);
      pt_test_expect_saved (store, pain);
      pt_test_expect_saved (store, cross);
      pt_test_expect_saved (store, session);
    }

  /* An outcome from its answers (blanks kept as empty places), a clinic
   * score with its definition and awkward notes, and a plan. */
  {
    g_autoptr(PtOutcome) ffi = pt_outcome_new ();
    g_autoptr(PtOutcome) custom = pt_outcome_new ();
    g_autoptr(PtRunPlan) plan = pt_run_plan_new ();

    pt_outcome_set_patient_id (ffi, patient_id);
    pt_outcome_set_condition_id (ffi, condition_id);
    pt_outcome_set_date (ffi, "2025-01-02");
    pt_outcome_set_kind (ffi, PT_MEASURE_KIND_FFI);
    pt_outcome_set_answers (ffi, "8,9,6,5,7,6,,,8,5,6,7,6,5,8,4,6,7,0,2,3,0,");
    g_assert_true (pt_outcome_compute_total (ffi, NULL, &error));
    g_assert_no_error (error);
    pt_test_expect_saved (store, ffi);

    pt_outcome_set_patient_id (custom, patient_id);
    pt_outcome_set_condition_id (custom, condition_id);
    pt_outcome_set_date (custom, "2025-01-03");
    pt_outcome_set_kind (custom, PT_MEASURE_KIND_CUSTOM);
    pt_outcome_set_custom_name (custom, awkward[8]);
    pt_outcome_set_custom_min (custom, -5);
    pt_outcome_set_custom_max (custom, 300);
    pt_outcome_set_custom_higher_better (custom, TRUE);
    pt_outcome_set_custom_mcid (custom, 12.5);
    pt_outcome_set_total (custom, 85.5);
    pt_outcome_set_notes (custom, awkward[1]);
    pt_test_expect_saved (store, custom);

    pt_run_plan_set_patient_id (plan, patient_id);
    pt_run_plan_set_condition_id (plan, condition_id);
    pt_run_plan_set_start_date (plan, "2025-01-05");
    pt_run_plan_set_steps (plan, "i1/2x5*2;c20*2;w13800*1");
    pt_run_plan_set_current_step (plan, 1);
    pt_run_plan_set_notes (plan, awkward[2]);
    pt_test_expect_saved (store, plan);
  }

  return patient_id;
}

static GListModel *
list_records (PtStore    *store,
              PtCsvTable  table,
              gint64      patient_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = NULL;

  switch (table)
    {
    case PT_CSV_TABLE_PATIENTS:
      {
        GListStore *one = g_list_store_new (PT_TYPE_PATIENT);
        g_autoptr(PtPatient) patient = pt_store_get_patient (store, patient_id, &error);
        g_list_store_append (one, patient);
        list = G_LIST_MODEL (one);
      }
      break;
    case PT_CSV_TABLE_CONDITIONS: list = pt_store_list_conditions (store, patient_id, &error); break;
    case PT_CSV_TABLE_SESSIONS: list = pt_store_list_sessions (store, patient_id, &error); break;
    case PT_CSV_TABLE_PAIN: list = pt_store_list_pain_scores (store, patient_id, &error); break;
    case PT_CSV_TABLE_SHOES: list = pt_store_list_shoes (store, patient_id, &error); break;
    case PT_CSV_TABLE_RUNS: list = pt_store_list_runs (store, patient_id, &error); break;
    case PT_CSV_TABLE_CROSS: list = pt_store_list_cross_training (store, patient_id, &error); break;
    case PT_CSV_TABLE_OUTCOMES: list = pt_store_list_outcomes (store, patient_id, &error); break;
    case PT_CSV_TABLE_PLANS: list = pt_store_list_run_plans (store, patient_id, &error); break;
    case PT_CSV_TABLE_ALL:
    default:
      g_assert_not_reached ();
    }

  g_assert_no_error (error);
  return list;
}

/* Every field of every record type survives the trip through CSV. */
static void
test_export_round_trip (PtTestFixture *f,
                        gconstpointer  data)
{
  gint64 patient_id = add_awkward_patient (f->store, "-PT-7");

  for (PtCsvTable table = 0; table < PT_CSV_TABLE_ALL; table++)
    {
      g_autoptr(GPtrArray) rows = export_rows (f->store, table, patient_id, PT_DISTANCE_UNIT_KM);
      g_autoptr(GListModel) list = list_records (f->store, table, patient_id);

      g_test_message ("table %s: %u rows", pt_csv_table_get_name (table), rows->len - 1);
      g_assert_cmpuint (rows->len, >, 1);
      assert_rows_match (rows, list, f->store, PT_DISTANCE_UNIT_KM);
    }
}

static void
test_export_header (PtTestFixture *f,
                    gconstpointer  data)
{
  g_autofree char *km = NULL;
  g_autofree char *mi = NULL;
  g_autofree char *patients = NULL;

  pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  km = export_to_string (f->store, PT_CSV_TABLE_RUNS, 0, PT_DISTANCE_UNIT_KM, NULL);
  mi = export_to_string (f->store, PT_CSV_TABLE_RUNS, 0, PT_DISTANCE_UNIT_MI, NULL);
  patients = export_to_string (f->store, PT_CSV_TABLE_PATIENTS, 0, PT_DISTANCE_UNIT_KM, NULL);

  /* An empty table still has its header. */
  g_assert_cmpstr (km, ==, "id,patient_id,patient_record_number,date,distance_km,duration_s,"
                           "surface,shoe_id,pain_during,notes\r\n");
  g_assert_cmpstr (mi, ==, "id,patient_id,patient_record_number,date,distance_mi,duration_s,"
                           "surface,shoe_id,pain_during,notes\r\n");
  g_assert_true (g_str_has_prefix (patients, "id,name,date_of_birth,sex,contact,record_number,"
                                             "notes,archived\r\n1,Jane Doe,1983-06-14,"));
}

static void
test_export_units (PtTestFixture *f,
                   gconstpointer  data)
{
  gint64 patient = pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  g_autoptr(GPtrArray) km = NULL;
  g_autoptr(GPtrArray) mi = NULL;

  pt_test_add_run (f->store, patient, "2025-01-01", 5000, 0);
  pt_test_add_run (f->store, patient, "2025-01-02", 42195, 0);
  km = export_rows (f->store, PT_CSV_TABLE_RUNS, patient, PT_DISTANCE_UNIT_KM);
  mi = export_rows (f->store, PT_CSV_TABLE_RUNS, patient, PT_DISTANCE_UNIT_MI);

  g_assert_cmpstr (pt_test_csv_cell (km, 1, "distance_km"), ==, "5");
  g_assert_cmpstr (pt_test_csv_cell (km, 2, "distance_km"), ==, "42.195");
  g_assert_cmpstr (pt_test_csv_cell (mi, 1, "distance_mi"), ==, "3.106856");
  g_assert_cmpstr (pt_test_csv_cell (mi, 2, "distance_mi"), ==, "26.218757");
}

/* One patient's export holds only their rows; the clinic's holds everyone's
 * with their record numbers. */
static void
test_export_patient_filter (PtTestFixture *f,
                            gconstpointer  data)
{
  PtTestPatientIds jane, john;
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  pt_test_add_patient_with_records (f->store, "Jane Doe", "PT-1", &jane);
  pt_test_add_patient_with_records (f->store, "John Roe", "PT-2", &john);

  for (PtCsvTable table = 0; table < PT_CSV_TABLE_ALL; table++)
    {
      g_autoptr(GPtrArray) rows = export_rows (f->store, table, john.patient,
                                               PT_DISTANCE_UNIT_KM);
      g_assert_cmpuint (rows->len, ==, 2);
    }

  one = export_rows (f->store, PT_CSV_TABLE_RUNS, john.patient, PT_DISTANCE_UNIT_KM);
  g_assert_cmpstr (pt_test_csv_cell (one, 1, "patient_record_number"), ==, "PT-2");
  all = export_rows (f->store, PT_CSV_TABLE_RUNS, 0, PT_DISTANCE_UNIT_KM);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (pt_test_csv_cell (all, 1, "patient_record_number"), ==, "PT-1");
  g_assert_cmpstr (pt_test_csv_cell (all, 2, "patient_record_number"), ==, "PT-2");

  g_assert_false (pt_csv_export_to_stream (f->store, PT_CSV_TABLE_RUNS, 999, PT_DISTANCE_UNIT_KM,
                                           stream, "memory", NULL, NULL, &error));
  pt_test_assert_error (error, PT_ERROR_NOT_FOUND, NULL, "999", NULL);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_all_to_folder (PtTestFixture *f,
                           gconstpointer  data)
{
  PtTestPatientIds ids;
  g_autofree char *dir = g_build_filename (f->dir, "export", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  guint64 n_rows = 0;

  pt_test_add_patient_with_records (f->store, "Jane Doe", "PT-1", &ids);
  g_assert_true (pt_csv_export_table (f->store, PT_CSV_TABLE_ALL, ids.patient,
                                      PT_DISTANCE_UNIT_KM, dest, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 9);
  g_assert_cmpuint (count_files (dir), ==, 9);  /* no temporary file left */

  for (PtCsvTable table = 0; table < PT_CSV_TABLE_ALL; table++)
    {
      g_autofree char *name = pt_csv_export_file_name (table, "PT-1", 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = pt_test_read_file (path);
      g_autoptr(GPtrArray) rows = pt_test_parse_csv_or_fail (g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes));
      GStatBuf st;

      g_assert_cmpuint (rows->len, ==, 2);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A failed export leaves the old file as it was, and no new file. */
static void
assert_export_fails (PtStore    *store,
                     PtCsvTable  table,
                     const char *path,
                     const char *dir,
                     guint       files_before,
                     PtErrorCode code,
                     const char *mentioned)
{
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (pt_csv_export_table (store, table, 0, PT_DISTANCE_UNIT_KM, dest, NULL, NULL,
                                       &error));
  g_test_message ("%s", error ? error->message : "");
  pt_test_assert_error (error, code, NULL, mentioned, NULL);
  if (dir != NULL)
    g_assert_cmpuint (count_files (dir), ==, files_before);
}

static void
test_export_unwritable (PtTestFixture *f,
                        gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "runs.csv", NULL);
  g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "runs.csv", NULL);
  guint before;

  g_assert_true (g_file_set_contents (file, "keep me", -1, NULL));
  before = count_files (f->dir);

  /* A folder that is a file (ENOTDIR), for one table and for all. */
  assert_export_fails (f->store, PT_CSV_TABLE_RUNS, under_file, f->dir, before,
                       PT_ERROR_STORAGE, file);
  assert_export_fails (f->store, PT_CSV_TABLE_ALL, file, f->dir, before, PT_ERROR_INVALID, file);
  assert_export_fails (f->store, PT_CSV_TABLE_ALL, under_file, f->dir, before,
                       PT_ERROR_STORAGE, under_file);

  /* A read-only file system: root may write anywhere else. */
  assert_export_fails (f->store, PT_CSV_TABLE_RUNS, "/proc/prolotrack-runs.csv", NULL, 0,
                       PT_ERROR_STORAGE, "/proc");
  g_assert_false (g_file_test ("/proc/prolotrack-runs.csv", G_FILE_TEST_EXISTS));

  /* A read-only folder, where permissions apply. */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (geteuid () != 0)
    assert_export_fails (f->store, PT_CSV_TABLE_RUNS, in_locked, locked, 0,
                         PT_ERROR_STORAGE, locked);
  else
    g_test_message ("running as root: the read-only folder case is covered by /proc");
  g_assert_cmpint (g_rmdir (locked), ==, 0);
  g_assert_cmpint (g_remove (file), ==, 0);
}

/* The disk fills up half way: the error names the file, the old file is
 * untouched and no partial file is left. RLIMIT_FSIZE stands in for a full
 * disk, and also applies to root. */
static void
test_export_disk_full (PtTestFixture *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "runs.csv", NULL);
  g_autoptr(GBytes) kept = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  guint before;
  gint64 patient = add_awkward_patient (f->store, "PT-9");

  for (guint i = 0; i < 2000; i++)
    pt_test_add_run (f->store, patient, "2025-02-01", 1000 + i, 0);
  g_assert_true (g_file_set_contents (path, "old export\r\n", -1, NULL));
  before = count_files (f->dir);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 32 * 1024;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  assert_export_fails (f->store, PT_CSV_TABLE_RUNS, path, f->dir, before, PT_ERROR_STORAGE,
                       path);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  kept = pt_test_read_file (path);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "old export\r\n", 12);
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_export_cancelled (PtTestFixture *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "runs.csv", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint before = count_files (f->dir);

  pt_test_add_patient (f->store, "Jane Doe", "PT-1", PT_TEST_BIRTH);
  g_cancellable_cancel (cancellable);
  g_assert_false (pt_csv_export_table (f->store, PT_CSV_TABLE_RUNS, 0, PT_DISTANCE_UNIT_KM, dest,
                                       NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (f->dir), ==, before);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static void
test_export_async (PtTestFixture *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "runs.csv", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 patient = add_awkward_patient (f->store, "PT-3");
  guint64 n_rows = 0;

  pt_csv_export_table_async (f->store, PT_CSV_TABLE_RUNS, patient, PT_DISTANCE_UNIT_MI, dest,
                             NULL, export_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (pt_csv_export_table_finish (f->store, result, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (awkward));

  bytes = pt_test_read_file (path);
  rows = pt_test_parse_csv_or_fail (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (awkward) + 1);
  g_assert_cmpstr (pt_test_csv_cell (rows, 1, "distance_mi"), ==, "0.621682");
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* The locale test run must really be in a decimal-comma locale. */
static void
test_locale (void)
{
  const char *wanted = g_getenv ("LC_ALL");
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%.1f", 1.5);
  g_test_message ("LC_ALL=%s, printf gives %s", wanted ? wanted : "", buffer);
  if (wanted != NULL && g_str_has_prefix (wanted, "de_DE"))
    {
      if (!g_str_equal (localeconv ()->decimal_point, ","))
        g_error ("LC_ALL=%s is not active (is the locale generated? see build-aux/setup)",
                 wanted);
      g_assert_cmpstr (buffer, ==, "1,5");
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv/locale", test_locale);
  g_test_add_func ("/export/csv/writer/quoting", test_writer_quoting);
  g_test_add_func ("/export/csv/writer/injection", test_writer_injection);
  g_test_add_func ("/export/csv/writer/numbers", test_writer_numbers);
  g_test_add_func ("/export/csv/writer/large", test_writer_large);
  g_test_add_func ("/export/csv/writer/disk-full", test_writer_disk_full);
  PT_TEST_ADD_WITH_STORE ("/export/csv/round-trip", test_export_round_trip);
  PT_TEST_ADD_WITH_STORE ("/export/csv/header", test_export_header);
  PT_TEST_ADD_WITH_STORE ("/export/csv/units", test_export_units);
  PT_TEST_ADD_WITH_STORE ("/export/csv/patient-filter", test_export_patient_filter);
  PT_TEST_ADD_WITH_STORE ("/export/csv/all-to-folder", test_export_all_to_folder);
  PT_TEST_ADD_WITH_STORE ("/export/csv/unwritable", test_export_unwritable);
  PT_TEST_ADD_WITH_STORE ("/export/csv/disk-full", test_export_disk_full);
  PT_TEST_ADD_WITH_STORE ("/export/csv/cancelled", test_export_cancelled);
  PT_TEST_ADD_WITH_STORE ("/export/csv/async", test_export_async);

  return g_test_run ();
}
