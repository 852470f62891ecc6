/* pt-cli-commands.c: add-patient, add-condition and the log-* commands
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command is a table of options, each option naming the record
 * property it sets and how its text converts (kilometres to metres,
 * minutes to seconds, a nick to an enum). The record then goes through the
 * same validating core function as the app's forms.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-cli-private.h"
#include "pt-date.h"
#include "pt-enums.h"
#include "pt-error.h"
#include "pt-units.h"

typedef enum
{
  OPT_TEXT,     /* string property as given */
  OPT_DATE,     /* YYYY-MM-DD, exactly: no spaces around it */
  OPT_REAL,     /* double */
  OPT_INT,      /* gint64 */
  OPT_ENUM,     /* nick of the property's enum type */
  OPT_FLAGS,    /* comma-separated nicks */
  OPT_PATIENT,  /* id or record number -> patient_id */
  OPT_REF,      /* record id */
  OPT_KM,       /* kilometres -> metres */
  OPT_MI,       /* miles -> metres */
  OPT_MINUTES,  /* minutes -> seconds */
} OptKind;

typedef struct
{
  const char *option;
  const char *property;
  OptKind     kind;
  const char *description;
  const char *arg;
} PtCliField;

typedef gint64 (*AddFunc) (PtStore   *store,
                           gpointer   record,
                           GError   **error);

typedef struct
{
  const char       *summary;
  GType           (*get_type) (void);
  AddFunc           add;
  const PtCliField *fields;
  guint             n_fields;
  const char       *default_today;  /* date property that defaults to today, or NULL */
  gboolean          creates_database;
} PtCliAddCommand;

static char *
describe (const PtCliField *field,
          GParamSpec       *pspec)
{
  g_autofree char *allowed = NULL;

  if (field->kind != OPT_ENUM && field->kind != OPT_FLAGS)
    return g_strdup (_(field->description));

  allowed = pt_enum_list_nicks (G_PARAM_SPEC_VALUE_TYPE (pspec));
  return g_strdup_printf ("%s (%s)", _(field->description), allowed);
}

/* Converts a number typed in @field's unit into the stored unit; refuses
 * what no unit conversion can make sense of (1e300 km). */
static gboolean
convert_number (const PtCliField  *field,
                const char        *text,
                double            *value,
                GError           **error)
{
  if (!pt_cli_parse_double (field->option, text, value, error))
    return FALSE;

  if (field->kind == OPT_KM)
    *value = pt_distance_to_metres (*value, PT_DISTANCE_UNIT_KM);
  else if (field->kind == OPT_MI)
    *value = pt_distance_to_metres (*value, PT_DISTANCE_UNIT_MI);
  else if (field->kind == OPT_MINUTES)
    *value *= 60.0;

  if (!isfinite (*value) || fabs (*value) > 1e15)
    {
      pt_set_field_error (error, field->option, _("--%s: %s is far out of range"),
                          field->option, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_property (PtCli             *cli,
              PtStore           *store,
              GObject           *record,
              const PtCliField  *field,
              const char        *text,
              GError           **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field->property);
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  double real;
  gint64 integer;
  int enum_value;
  guint flags;

  switch (field->kind)
    {
    case OPT_DATE:
      if (*text == '\0' || g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1]))
        {
          pt_set_field_error (error, field->option,
                              _("--%s: “%s” is not a date; write YYYY-MM-DD, without spaces"),
                              field->option, text);
          return FALSE;
        }
      G_GNUC_FALLTHROUGH;
    case OPT_TEXT:
      g_object_set (record, field->property, text, NULL);
      return TRUE;
    case OPT_REAL:
    case OPT_KM:
    case OPT_MI:
      if (!convert_number (field, text, &real, error))
        return FALSE;
      g_object_set (record, field->property, real, NULL);
      return TRUE;
    case OPT_MINUTES:
      if (!convert_number (field, text, &real, error))
        return FALSE;
      g_object_set (record, field->property, (gint64) llround (real), NULL);
      return TRUE;
    case OPT_INT:
    case OPT_REF:
      if (!pt_cli_parse_int (field->option, text, &integer, error))
        return FALSE;
      g_object_set (record, field->property, integer, NULL);
      return TRUE;
    case OPT_PATIENT:
      if (!pt_cli_find_patient (cli, store, text, &integer, error))
        return FALSE;
      g_object_set (record, field->property, integer, NULL);
      return TRUE;
    case OPT_ENUM:
      if (!pt_cli_parse_enum (field->option, type, text, &enum_value, error))
        return FALSE;
      g_object_set (record, field->property, enum_value, NULL);
      return TRUE;
    case OPT_FLAGS:
      if (!pt_cli_parse_flags (field->option, type, text, &flags, error))
        return FALSE;
      g_object_set (record, field->property, flags, NULL);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* One GOptionEntry per field, writing the text into @values[i]. */
static GOptionEntry *
build_entries (const PtCliAddCommand  *command,
               char                  **values,
               GPtrArray              *descriptions)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (command->get_type ());
  GOptionEntry *entries = g_new0 (GOptionEntry, command->n_fields + 1);

  for (guint i = 0; i < command->n_fields; i++)
    {
      const PtCliField *field = &command->fields[i];
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (type_class),
                                                        field->property);
      char *text;

      g_assert (pspec != NULL);
      text = describe (field, pspec);
      g_ptr_array_add (descriptions, text);
      entries[i] = (GOptionEntry) { field->option, 0, 0, G_OPTION_ARG_STRING, &values[i],
                                    text, field->arg };
    }

  return entries;
}

/* Sets the given fields: those naming a patient when @store is given (they
 * need a look-up), the others when it is NULL. */
static gboolean
fill_record (PtCli                  *cli,
             const PtCliAddCommand  *command,
             char                  **values,
             GObject                *record,
             PtStore                *store,
             GError                **error)
{
  for (guint i = 0; i < command->n_fields; i++)
    {
      const PtCliField *field = &command->fields[i];
      gboolean by_record = field->kind == OPT_PATIENT && cli->record_option != NULL;

      if ((values[i] == NULL && !by_record) || (field->kind == OPT_PATIENT) != (store != NULL))
        continue;

      for (guint j = 0; j < i; j++)
        {
          if (values[j] != NULL && g_str_equal (command->fields[j].property, field->property))
            {
              pt_set_field_error (error, field->option, _("Give either --%s or --%s, not both"),
                                  command->fields[j].option, field->option);
              return FALSE;
            }
        }

      if (!set_property (cli, store, record, field, values[i], error))
        return FALSE;
    }

  return TRUE;
}

/* A choice the record needs (a condition's kind and side) is an option
 * that must be given: the CLI chooses no diagnosis for the clinician. */
static gboolean
check_choices (const PtCliAddCommand  *command,
               GObject                *record,
               GError                **error)
{
  for (guint i = 0; i < command->n_fields; i++)
    {
      const PtCliField *field = &command->fields[i];
      GParamSpec *pspec;
      g_autofree char *allowed = NULL;
      int value;

      if (field->kind != OPT_ENUM)
        continue;

      g_object_get (record, field->property, &value, NULL);
      if (value != PT_NO_ENUM)
        continue;

      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field->property);
      allowed = pt_enum_list_nicks (G_PARAM_SPEC_VALUE_TYPE (pspec));
      pt_set_field_error (error, field->option, _("--%s is required; one of: %s"),
                          field->option, allowed);
      return FALSE;
    }

  return TRUE;
}

/* Parses the options into a record and saves it: the record is complete
 * before the database is opened, so a mistyped option creates nothing. */
static int
run_add_command (PtCli                 *cli,
                 const PtCliAddCommand *command,
                 int                    argc,
                 char                 **argv)
{
  g_autoptr(GPtrArray) descriptions = g_ptr_array_new_with_free_func (g_free);
  /* What GOption allocated for each field; freed in the loop below. */
  g_autofree char **values = g_new0 (char *, command->n_fields + 1);
  g_autofree GOptionEntry *entries = build_entries (command, values, descriptions);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtStore) store = NULL;
  g_autoptr(GObject) record = g_object_new (command->get_type (), NULL);
  gboolean ok;
  gint64 id = 0;

  ok = pt_cli_parse (cli, NULL, _(command->summary), entries, &argc, &argv, 0);

  if (ok && command->default_today != NULL)
    {
      g_autofree char *today = pt_date_today_string ();
      g_object_set (record, command->default_today, today, NULL);
    }

  ok = ok &&
       fill_record (cli, command, values, record, NULL, &error) &&
       check_choices (command, record, &error) &&
       (store = pt_cli_open_store (cli, command->creates_database, &error)) != NULL &&
       fill_record (cli, command, values, record, store, &error) &&
       (id = command->add (store, record, &error)) != 0;

  for (guint i = 0; i < command->n_fields; i++)
    g_free (values[i]);

  if (!ok)
    return error != NULL ? pt_cli_fail (cli, error) : PT_CLI_EXIT_USAGE;

  g_print ("%" G_GINT64_FORMAT "\n", id);
  return PT_CLI_EXIT_OK;
}

static const PtCliField patient_fields[] = {
  { "name", "name", OPT_TEXT, N_("Full name"), N_("NAME") },
  { "dob", "date_of_birth", OPT_DATE, N_("Date of birth"), N_("YYYY-MM-DD") },
  { "sex", "sex", OPT_ENUM, N_("Sex"), N_("SEX") },
  { "contact", "contact", OPT_TEXT, N_("Phone, email or address"), N_("TEXT") },
  { "record-number", "record_number", OPT_TEXT, N_("The clinic’s record number (unique)"),
    N_("TEXT") },
  { "notes", "notes", OPT_TEXT, N_("Notes"), N_("TEXT") },
};

int
pt_cli_cmd_add_patient (PtCli  *cli,
                        int     argc,
                        char  **argv)
{
  const PtCliAddCommand command = {
    N_("Add a patient; prints the new patient’s id."),
    pt_patient_get_type, (AddFunc) pt_store_add_patient,
    patient_fields, G_N_ELEMENTS (patient_fields), NULL, TRUE,
  };

  return run_add_command (cli, &command, argc, argv);
}

static const PtCliField condition_fields[] = {
  { "patient", "patient_id", OPT_PATIENT, N_("Patient id or record number"), N_("PATIENT") },
  { "kind", "kind", OPT_ENUM, N_("Condition"), N_("KIND") },
  { "side", "side", OPT_ENUM, N_("Side"), N_("SIDE") },
  { "onset", "onset_date", OPT_DATE, N_("Onset date"), N_("YYYY-MM-DD") },
  { "status", "status", OPT_ENUM, N_("Status"), N_("STATUS") },
  { "tried", "prior_treatments", OPT_FLAGS, N_("Treatments tried before, comma separated"),
    N_("LIST") },
  { "notes", "notes", OPT_TEXT, N_("Diagnosis notes"), N_("TEXT") },
};

int
pt_cli_cmd_add_condition (PtCli  *cli,
                          int     argc,
                          char  **argv)
{
  const PtCliAddCommand command = {
    N_("Add a condition (a running injury) to a patient; prints its id."),
    pt_condition_get_type, (AddFunc) pt_store_add_condition,
    condition_fields, G_N_ELEMENTS (condition_fields), NULL,
  };

  return run_add_command (cli, &command, argc, argv);
}

static const PtCliField session_fields[] = {
  { "patient", "patient_id", OPT_PATIENT, N_("Patient id or record number"), N_("PATIENT") },
  { "condition", "condition_id", OPT_REF, N_("Condition id"), N_("ID") },
  { "date", "date", OPT_DATE, N_("Date (default: today)"), N_("YYYY-MM-DD") },
  { "type", "treatment", OPT_ENUM, N_("Treatment type"), N_("TYPE") },
  { "solution", "solution", OPT_TEXT, N_("Solution injected"), N_("TEXT") },
  { "concentration", "concentration_pct", OPT_REAL, N_("Concentration in percent"), N_("PCT") },
  { "volume-ml", "volume_ml", OPT_REAL, N_("Total volume in mL"), N_("ML") },
  { "injections", "injection_count", OPT_INT, N_("Number of injection points"), N_("N") },
  { "structures", "structures", OPT_TEXT, N_("Structures injected"), N_("TEXT") },
  { "clinician", "clinician", OPT_TEXT, N_("Clinician"), N_("NAME") },
  { "site", "site", OPT_TEXT, N_("Clinic site"), N_("NAME") },
  { "pain-before", "pain_before", OPT_REAL, N_("Pain before, 0-10"), N_("SCORE") },
  { "pain-after", "pain_after", OPT_REAL, N_("Pain after, 0-10"), N_("SCORE") },
  { "adverse-events", "adverse_events", OPT_TEXT, N_("Adverse events"), N_("TEXT") },
  { "advice", "advice", OPT_TEXT, N_("Advice given"), N_("TEXT") },
  { "next-visit", "next_visit", OPT_DATE, N_("Next visit"), N_("YYYY-MM-DD") },
  { "notes", "notes", OPT_TEXT, N_("Notes"), N_("TEXT") },
};

int
pt_cli_cmd_log_session (PtCli  *cli,
                        int     argc,
                        char  **argv)
{
  const PtCliAddCommand command = {
    N_("Log a treatment session; prints its id."),
    pt_session_get_type, (AddFunc) pt_store_add_session,
    session_fields, G_N_ELEMENTS (session_fields), "date",
  };

  return run_add_command (cli, &command, argc, argv);
}

static const PtCliField pain_fields[] = {
  { "patient", "patient_id", OPT_PATIENT, N_("Patient id or record number"), N_("PATIENT") },
  { "condition", "condition_id", OPT_REF, N_("Condition id (optional)"), N_("ID") },
  { "date", "date", OPT_DATE, N_("Date (default: today)"), N_("YYYY-MM-DD") },
  { "score", "score", OPT_REAL, N_("Pain, 0-10 in steps of 0.5"), N_("SCORE") },
  { "context", "context", OPT_ENUM, N_("When it hurts"), N_("CONTEXT") },
  { "source", "source", OPT_ENUM, N_("Who recorded it"), N_("SOURCE") },
  { "notes", "notes", OPT_TEXT, N_("Notes"), N_("TEXT") },
};

int
pt_cli_cmd_log_pain (PtCli  *cli,
                     int     argc,
                     char  **argv)
{
  const PtCliAddCommand command = {
    N_("Log a pain score; prints its id."),
    pt_pain_score_get_type, (AddFunc) pt_store_add_pain_score,
    pain_fields, G_N_ELEMENTS (pain_fields), "date",
  };

  return run_add_command (cli, &command, argc, argv);
}

static const PtCliField run_fields[] = {
  { "patient", "patient_id", OPT_PATIENT, N_("Patient id or record number"), N_("PATIENT") },
  { "date", "date", OPT_DATE, N_("Date (default: today)"), N_("YYYY-MM-DD") },
  { "distance-km", "distance_m", OPT_KM, N_("Distance in kilometres"), N_("KM") },
  { "distance-mi", "distance_m", OPT_MI, N_("Distance in miles"), N_("MI") },
  { "duration-min", "duration_s", OPT_MINUTES, N_("Duration in minutes"), N_("MIN") },
  { "surface", "surface", OPT_ENUM, N_("Surface"), N_("SURFACE") },
  { "shoe", "shoe_id", OPT_REF, N_("Shoe id"), N_("ID") },
  { "pain", "pain_during", OPT_REAL, N_("Pain during the run, 0-10"), N_("SCORE") },
  { "notes", "notes", OPT_TEXT, N_("Notes"), N_("TEXT") },
};

int
pt_cli_cmd_log_run (PtCli  *cli,
                    int     argc,
                    char  **argv)
{
  const PtCliAddCommand command = {
    N_("Log a run; prints its id. Give --distance-km or --distance-mi."),
    pt_run_get_type, (AddFunc) pt_store_add_run,
    run_fields, G_N_ELEMENTS (run_fields), "date",
  };

  return run_add_command (cli, &command, argc, argv);
}

static const PtCliField cross_fields[] = {
  { "patient", "patient_id", OPT_PATIENT, N_("Patient id or record number"), N_("PATIENT") },
  { "date", "date", OPT_DATE, N_("Date (default: today)"), N_("YYYY-MM-DD") },
  { "activity", "activity", OPT_ENUM, N_("Activity"), N_("ACTIVITY") },
  { "minutes", "minutes", OPT_INT, N_("Minutes"), N_("MIN") },
  { "effort", "effort", OPT_INT, N_("Effort, 1-10"), N_("N") },
  { "notes", "notes", OPT_TEXT, N_("Notes"), N_("TEXT") },
};

int
pt_cli_cmd_log_cross (PtCli  *cli,
                      int     argc,
                      char  **argv)
{
  const PtCliAddCommand command = {
    N_("Log a cross-training session; prints its id."),
    pt_cross_training_get_type, (AddFunc) pt_store_add_cross_training,
    cross_fields, G_N_ELEMENTS (cross_fields), "date",
  };

  return run_add_command (cli, &command, argc, argv);
}
