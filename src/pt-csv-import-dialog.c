/* pt-csv-import-dialog.c: the columns, options and preview of a CSV import
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages. The columns: what the file holds (runs by default), its
 * separator, whether numbers use a decimal comma, what happens to refused
 * rows, and for each header of the file the field it goes into (a header
 * that names a field already is preselected; one that names nothing is
 * left out). Check runs the import as a dry run (in a worker:
 * pt-window-import-csv.c) while the progress page shows; the preview then
 * gives the counts and the first refusals, and "Import N" imports.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-csv-export.h"
#include "pt-csv-import-dialog.h"
#include "pt-csv-reader.h"
#include "pt-error.h"
#include "pt-record-text.h"

/* Refusals shown in the preview; the rest are counted. */
#define MAX_SHOWN_MESSAGES 20

struct _PtCsvImportDialog
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *back_button;
  GtkButton            *next_button;
  GtkStack             *stack;
  AdwComboRow          *type_row;
  AdwComboRow          *separator_row;
  GtkSwitch            *decimal_switch;
  AdwComboRow          *refused_row;
  AdwPreferencesGroup  *columns_group;
  AdwStatusPage        *progress_page;
  GtkProgressBar       *progress_bar;
  GtkLabel             *summary_label;
  GtkLabel             *note_label;
  GtkListBox           *message_list;

  GFile                *file;
  GStrv                 headers;      /* the file's header row */
  GPtrArray            *column_rows;  /* AdwComboRow, one per header */
  GPtrArray            *choices;      /* the fields of the type; "" leaves a column out */
  guint64               n_refused;
  gboolean              can_import;
};

enum {
  RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PtCsvImportDialog, pt_csv_import_dialog, ADW_TYPE_WINDOW)

/* What a file of the shown patient can hold, in the drop-down's order. */
static const struct
{
  PtCsvTable  table;
  const char *label;
} types[] = {
  { PT_CSV_TABLE_RUNS, N_("Runs") },
  { PT_CSV_TABLE_CROSS, N_("Cross-training") },
  { PT_CSV_TABLE_PAIN, N_("Pain scores") },
  { PT_CSV_TABLE_SESSIONS, N_("Treatment sessions") },
  { PT_CSV_TABLE_CONDITIONS, N_("Conditions") },
  { PT_CSV_TABLE_SHOES, N_("Shoes") },
};

static const char separators[] = { 0, ',', ';' };

GType
pt_csv_import_dialog_get_record_type (PtCsvImportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), G_TYPE_INVALID);

  selected = adw_combo_row_get_selected (self->type_row);
  return pt_csv_table_get_record_type (types[selected < G_N_ELEMENTS (types) ? selected : 0].table);
}

static char
get_separator (PtCsvImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->separator_row);

  return selected < G_N_ELEMENTS (separators) ? separators[selected] : 0;
}

/* "" (leave out), the type's fields (a distance in km, mi or m), "id". */
static void
fill_choices (PtCsvImportDialog *self)
{
  g_auto(GStrv) fields = pt_record_type_dup_field_names (pt_csv_import_dialog_get_record_type (self));

  g_ptr_array_set_size (self->choices, 0);
  g_ptr_array_add (self->choices, g_strdup (""));
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (g_str_equal (fields[i], "patient_id"))
        continue;
      if (g_str_equal (fields[i], "distance_m"))
        {
          g_ptr_array_add (self->choices, g_strdup ("distance_km"));
          g_ptr_array_add (self->choices, g_strdup ("distance_mi"));
        }
      g_ptr_array_add (self->choices, g_strdup (fields[i]));
      if (g_str_equal (fields[i], "duration_s"))
        g_ptr_array_add (self->choices, g_strdup ("duration_min"));
    }
  g_ptr_array_add (self->choices, g_strdup ("id"));
}

static guint
find_choice (PtCsvImportDialog *self,
             const char        *name)
{
  for (guint i = 1; i < self->choices->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->choices, i), name) == 0)
      return i;
  return 0;
}

/* One row per header, each with the type's fields. */
static void
fill_columns (PtCsvImportDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  fill_choices (self);
  for (guint i = 0; i < self->choices->len; i++)
    {
      const char *choice = g_ptr_array_index (self->choices, i);
      g_autofree char *label = choice[0] != '\0'
        ? pt_record_type_dup_field_label (pt_csv_import_dialog_get_record_type (self), choice)
        : g_strdup (_("Leave out"));

      gtk_string_list_append (model, label);
    }

  for (guint i = 0; self->headers != NULL && self->headers[i] != NULL; i++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *header = self->headers[i];

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     header[0] != '\0' ? header : _("(no header)"));
      /* Translators: the column of the file a row maps */
      {
        g_autofree char *subtitle = g_strdup_printf (_("Column %u"), i + 1);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), find_choice (self, header));
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
}

static gboolean
read_headers (PtCsvImportDialog  *self,
              GError            **error)
{
  g_autoptr(GFileInputStream) input = g_file_read (self->file, NULL, error);
  g_autoptr(PtCsvReader) reader = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;

  if (input == NULL)
    return FALSE;

  reader = pt_csv_reader_new (G_INPUT_STREAM (input), get_separator (self));
  if (!pt_csv_reader_next (reader, NULL, &local_error))
    {
      if (local_error == NULL)
        {
          g_autofree char *name = g_file_get_basename (self->file);

          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("%s is empty: it has no header row"), name);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < pt_csv_reader_get_n_cells (reader); i++)
    g_strv_builder_add (builder, pt_csv_reader_get_cell (reader, i));
  g_strfreev (self->headers);
  self->headers = g_strv_builder_end (builder);
  return TRUE;
}

static void
type_changed_cb (PtCsvImportDialog *self)
{
  if (self->file != NULL)
    fill_columns (self);
}

static void
separator_changed_cb (PtCsvImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    return;

  if (!read_headers (self, &error))
    {
      adw_preferences_group_set_description (self->columns_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->columns_group,
                                         _("What each column of the file holds"));
  fill_columns (self);
}

GFile *
pt_csv_import_dialog_get_file (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), NULL);

  return self->file;
}

gboolean
pt_csv_import_dialog_get_keep_good (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), FALSE);

  return adw_combo_row_get_selected (self->refused_row) == 1;
}

guint64
pt_csv_import_dialog_get_n_refused (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_refused;
}

PtCsvImport *
pt_csv_import_dialog_make_import (PtCsvImportDialog *self)
{
  PtCsvImport *import;

  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), NULL);

  import = pt_csv_import_new (pt_csv_import_dialog_get_record_type (self));
  pt_csv_import_set_separator (import, get_separator (self));
  pt_csv_import_set_decimal_comma (import, gtk_switch_get_active (self->decimal_switch));
  pt_csv_import_set_keep_good (import, pt_csv_import_dialog_get_keep_good (self));

  for (guint i = 0; i < self->column_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, i));
      const char *field = selected < self->choices->len
                          ? g_ptr_array_index (self->choices, selected) : "";

      pt_csv_import_map_column (import, self->headers[i], field[0] != '\0' ? field : NULL);
    }

  return import;
}

gboolean
pt_csv_import_dialog_map_column (PtCsvImportDialog *self,
                                 const char        *header,
                                 const char        *field)
{
  guint choice = field != NULL ? find_choice (self, field) : 0;

  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (header != NULL, FALSE);

  if (field != NULL && choice == 0)
    return FALSE;

  for (guint i = 0; self->headers != NULL && self->headers[i] != NULL; i++)
    if (g_str_equal (self->headers[i], header))
      {
        adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, i), choice);
        return TRUE;
      }

  return FALSE;
}

static void
set_page (PtCsvImportDialog *self,
          const char        *name)
{
  gboolean mapping = g_str_equal (name, "mapping");
  gboolean preview = g_str_equal (name, "preview");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), preview);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            mapping || (preview && self->can_import));
  if (mapping)
    gtk_button_set_label (self->next_button, _("_Check"));
}

void
pt_csv_import_dialog_show_progress (PtCsvImportDialog *self,
                                    const char        *title,
                                    double             fraction)
{
  g_return_if_fail (PT_IS_CSV_IMPORT_DIALOG (self));

  adw_status_page_set_title (self->progress_page, title);
  if (fraction < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "progress"))
    {
      gtk_progress_bar_set_fraction (self->progress_bar, MAX (fraction, 0));
      set_page (self, "progress");
    }
}

static void
add_message (PtCsvImportDialog *self,
             const char        *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_append (self->message_list, label);
}

void
pt_csv_import_dialog_show_preview (PtCsvImportDialog *self,
                                   PtCsvImport       *dry_run,
                                   const GError      *error)
{
  const char * const *messages = pt_csv_import_get_messages (dry_run);
  guint64 n_add = pt_csv_import_get_n_added (dry_run);
  guint64 n_dup = pt_csv_import_get_n_duplicates (dry_run);
  gboolean keep_good = pt_csv_import_dialog_get_keep_good (self);
  g_autofree char *summary = NULL;
  g_autofree char *button = NULL;
  const char *note = NULL;
  GtkWidget *child;
  guint shown = 0;

  g_return_if_fail (PT_IS_CSV_IMPORT_DIALOG (self));

  self->n_refused = pt_csv_import_get_n_refused (dry_run);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->message_list))) != NULL)
    gtk_list_box_remove (self->message_list, child);

  /* Translators: the preview of an import: to add, duplicates, refused */
  summary = g_strdup_printf (_("%llu to add, %llu already recorded, %llu refused"),
                             (unsigned long long) n_add, (unsigned long long) n_dup,
                             (unsigned long long) self->n_refused);

  if (error != NULL && n_add == 0 && n_dup == 0 && self->n_refused == 0)
    {
      g_clear_pointer (&summary, g_free);
      summary = g_strdup (_("The file cannot be imported as it is"));
      note = error->message;
      self->can_import = FALSE;
    }
  else if (self->n_refused > 0 && !keep_good)
    {
      note = _("Nothing is imported while rows are refused. Correct them in the file, or go "
               "back and choose to import the good rows and save the refused ones to a file.");
      self->can_import = FALSE;
    }
  else if (self->n_refused > 0)
    {
      note = _("The good rows are imported; the refused ones go to a file you choose, each "
               "with the reason, to be corrected and imported again.");
      self->can_import = n_add > 0;
    }
  else
    {
      note = n_add > 0 ? _("Every row was checked like a typed record. Nothing has been "
                           "written yet.")
                       : _("There is nothing new to import.");
      self->can_import = n_add > 0;
    }

  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->note_label, note);

  for (guint i = 0; messages != NULL && messages[i] != NULL && shown < MAX_SHOWN_MESSAGES; i++)
    {
      add_message (self, messages[i]);
      shown++;
    }
  if (self->n_refused > shown)
    {
      g_autofree char *more = g_strdup_printf (_("… and %llu more refused rows"),
                                               (unsigned long long) (self->n_refused - shown));

      add_message (self, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->message_list), self->n_refused > 0);

  if (self->can_import)
    /* Translators: the button that imports the rows, with how many */
    button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %llu", "_Import %llu",
                                           (gulong) MIN (n_add, G_MAXULONG)),
                              (unsigned long long) n_add);
  gtk_button_set_label (self->next_button, button != NULL ? button : _("_Import"));
  set_page (self, "preview");
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 self->can_import ? GTK_WIDGET (self->next_button)
                                                  : GTK_WIDGET (self->back_button));
  gtk_widget_grab_focus (self->can_import ? GTK_WIDGET (self->next_button)
                                          : GTK_WIDGET (self->back_button));
}

void
pt_csv_import_dialog_show_mapping (PtCsvImportDialog *self)
{
  g_return_if_fail (PT_IS_CSV_IMPORT_DIALOG (self));

  set_page (self, "mapping");
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->next_button));
}

GtkWidget *
pt_csv_import_dialog_get_next_button (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->next_button);
}

GtkWidget *
pt_csv_import_dialog_get_decimal_switch (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->decimal_switch);
}

const char *
pt_csv_import_dialog_get_summary (PtCsvImportDialog *self)
{
  g_return_val_if_fail (PT_IS_CSV_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

static void
cancel_clicked_cb (PtCsvImportDialog *self)
{
  g_signal_emit (self, signals[RESPONSE], 0, "cancel");
}

static void
back_clicked_cb (PtCsvImportDialog *self)
{
  pt_csv_import_dialog_show_mapping (self);
}

static void
next_clicked_cb (PtCsvImportDialog *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_str_equal (page, "mapping"))
    g_signal_emit (self, signals[RESPONSE], 0, "check");
  else if (g_str_equal (page, "preview") && self->can_import)
    g_signal_emit (self, signals[RESPONSE], 0, "import");
}

static gboolean
pt_csv_import_dialog_close_request (GtkWindow *window)
{
  g_signal_emit (window, signals[RESPONSE], 0, "cancel");
  return TRUE;
}

static void
pt_csv_import_dialog_dispose (GObject *object)
{
  PtCsvImportDialog *self = PT_CSV_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_CSV_IMPORT_DIALOG);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_strfreev);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (pt_csv_import_dialog_parent_class)->dispose (object);
}

static void
pt_csv_import_dialog_class_init (PtCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pt_csv_import_dialog_dispose;
  window_class->close_request = pt_csv_import_dialog_close_request;

  signals[RESPONSE] = g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, decimal_switch);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, refused_row);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, PtCsvImportDialog, message_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, separator_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_csv_import_dialog_init (PtCsvImportDialog *self)
{
  g_autoptr(GtkStringList) type_model = gtk_string_list_new (NULL);
  const char *separator_labels[] = { N_("Automatic"), N_("Comma ( , )"), N_("Semicolon ( ; )") };
  const char *refused_labels[] = {
    N_("Import nothing"), N_("Import the good rows, save the refused ones to a file"),
  };
  g_autoptr(GtkStringList) separator_model = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) refused_model = gtk_string_list_new (NULL);

  self->column_rows = g_ptr_array_new ();
  self->choices = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    gtk_string_list_append (type_model, _(types[i].label));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (type_model));
  for (guint i = 0; i < G_N_ELEMENTS (separator_labels); i++)
    gtk_string_list_append (separator_model, _(separator_labels[i]));
  adw_combo_row_set_model (self->separator_row, G_LIST_MODEL (separator_model));
  for (guint i = 0; i < G_N_ELEMENTS (refused_labels); i++)
    gtk_string_list_append (refused_model, _(refused_labels[i]));
  adw_combo_row_set_model (self->refused_row, G_LIST_MODEL (refused_model));

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->next_button));
}

PtCsvImportDialog *
pt_csv_import_dialog_new (GtkWindow  *parent,
                          GFile      *file,
                          GError    **error)
{
  g_autoptr(PtCsvImportDialog) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_ref_sink (g_object_new (PT_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent,
                                          NULL));
  self->file = g_object_ref (file);
  if (!read_headers (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  fill_columns (self);
  return g_steal_pointer (&self);
}
