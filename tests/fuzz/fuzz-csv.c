/* fuzz-csv.c: CSV import, from the bytes of a file to the records written
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte of an input chooses the record type (its low three bits)
 * and the options (a decimal comma, keep-good, a dry run, ';' as the
 * separator); the rest is the file. It is imported into a small clinic
 * (patient 1 with a shoe and a condition) in a temporary folder.
 * Invariants: the CSV reader alone gives valid UTF-8 cells and rows that
 * count up; the import's counts add up; all-or-nothing and dry runs
 * write nothing unless everything was good; what was added is exactly
 * the count, and removing the added ids (an undo) puts every table back.
 */

#include "config.h"

#include <string.h>

#include "pt-csv-import.h"
#include "pt-csv-reader.h"
#include "pt-error.h"
#include "pt-fuzz.h"
#include "pt-store-import.h"

static const GType *
types (void)
{
  static GType list[6];

  if (list[0] == 0)
    {
      list[0] = PT_TYPE_RUN;
      list[1] = PT_TYPE_PAIN_SCORE;
      list[2] = PT_TYPE_CROSS_TRAINING;
      list[3] = PT_TYPE_SESSION;
      list[4] = PT_TYPE_CONDITION;
      list[5] = PT_TYPE_PATIENT;
    }
  return list;
}

/* The one state a libFuzzer target keeps between inputs. */
static PtStore *fuzz_store;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("fuzz-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "clinic.db", NULL);
  g_autoptr(PtPatient) patient = pt_patient_new ();
  g_autoptr(PtShoe) shoe = pt_shoe_new ();
  g_autoptr(PtCondition) condition = pt_condition_new ();
  g_autoptr(GError) error = NULL;

  pt_fuzz_fatal_warnings ();
  fuzz_store = pt_store_open (path, &error);
  PT_FUZZ_CHECK (fuzz_store != NULL);

  pt_patient_set_name (patient, "Fuzz Runner");
  pt_patient_set_record_number (patient, "PT-0001");
  pt_patient_set_date_of_birth (patient, "1980-01-01");
  PT_FUZZ_CHECK (pt_store_add_patient (fuzz_store, patient, &error) == 1);
  pt_shoe_set_patient_id (shoe, 1);
  pt_shoe_set_name (shoe, "Trainer");
  pt_shoe_set_started (shoe, "2020-01-01");
  PT_FUZZ_CHECK (pt_store_add_shoe (fuzz_store, shoe, &error) == 1);
  pt_condition_set_patient_id (condition, 1);
  pt_condition_set_kind (condition, PT_CONDITION_KIND_PLANTAR_FASCIITIS);
  pt_condition_set_side (condition, PT_SIDE_LEFT);
  pt_condition_set_onset_date (condition, "2020-01-01");
  PT_FUZZ_CHECK (pt_store_add_condition (fuzz_store, condition, &error) == 1);
  return 0;
}

static void
count_all (gint64 counts[6])
{
  for (guint i = 0; i < 6; i++)
    {
      counts[i] = pt_store_count_records (fuzz_store, types ()[i], NULL);
      PT_FUZZ_CHECK (counts[i] >= 0);
    }
}

static void
check_reader (const uint8_t *data,
              size_t         size,
              char           separator)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  g_autoptr(PtCsvReader) reader = pt_csv_reader_new (input, separator);
  g_autoptr(GError) error = NULL;
  guint64 row = 0;

  while (pt_csv_reader_next (reader, NULL, &error))
    {
      PT_FUZZ_CHECK (pt_csv_reader_get_row (reader) == ++row);
      PT_FUZZ_CHECK (pt_csv_reader_get_n_cells (reader) >= 1);
      for (guint i = 0; i < pt_csv_reader_get_n_cells (reader); i++)
        PT_FUZZ_CHECK (g_utf8_validate (pt_csv_reader_get_cell (reader, i), -1, NULL));
      PT_FUZZ_CHECK (pt_csv_reader_get_offset (reader) <= size);
    }
  PT_FUZZ_CHECK (error == NULL || error->domain == PT_ERROR);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(PtCsvImport) import = NULL;
  g_autoptr(GOutputStream) rejects = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before[6], after[6];
  guint8 options;
  GType type;
  gboolean ok, keep_good, dry_run;
  guint64 added;
  gint64 grew = 0;

  if (size == 0)
    return 0;

  options = data[0];
  type = types ()[(options & 7) % 6];
  keep_good = (options & 16) != 0;
  dry_run = (options & 32) != 0;
  data++;
  size--;

  check_reader (data, size, (options & 64) ? ';' : 0);

  count_all (before);
  input = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  rejects = g_memory_output_stream_new_resizable ();
  import = pt_csv_import_new (type);
  pt_csv_import_set_decimal_comma (import, (options & 8) != 0);
  pt_csv_import_set_keep_good (import, keep_good);
  pt_csv_import_set_dry_run (import, dry_run);
  pt_csv_import_set_separator (import, (options & 64) ? ';' : 0);
  pt_csv_import_set_remember_ids (import, TRUE);
  pt_csv_import_set_rejects (import, rejects);
  if (type != PT_TYPE_PATIENT && (options & 128))
    pt_csv_import_set_patient (import, 1);

  ok = pt_csv_import_run (import, fuzz_store, input, "fuzz.csv", NULL, &error);
  PT_FUZZ_CHECK (ok == (error == NULL));
  PT_FUZZ_CHECK (error == NULL || error->domain == PT_ERROR);
  PT_FUZZ_CHECK (!ok || pt_csv_import_get_n_refused (import) == 0);
  PT_FUZZ_CHECK (pt_csv_import_get_messages (import) != NULL);
  PT_FUZZ_CHECK ((pt_csv_import_get_n_refused (import) == 0) ==
                 (pt_csv_import_get_messages (import)[0] == NULL));

  count_all (after);
  for (guint i = 0; i < 6; i++)
    {
      PT_FUZZ_CHECK (after[i] >= before[i]);
      grew += after[i] - before[i];
    }

  added = pt_csv_import_get_n_added (import);
  if (dry_run || (!ok && !keep_good))
    PT_FUZZ_CHECK (grew == 0);
  else
    PT_FUZZ_CHECK ((guint64) grew == added);

  /* The undo puts every table back. */
  if (grew > 0)
    {
      gsize n_ids;
      const gint64 *ids = pt_csv_import_get_added_ids (import, &n_ids);

      PT_FUZZ_CHECK (n_ids == added);
      PT_FUZZ_CHECK (pt_store_delete_records (fuzz_store, type, ids, n_ids, &error));
      count_all (after);
      PT_FUZZ_CHECK (memcmp (before, after, sizeof before) == 0);
    }

  return 0;
}
