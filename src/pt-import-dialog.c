/* pt-import-dialog.c: the preview of an activity import
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is written before the clinician has seen, for every file, what
 * it becomes and whether it is added, recorded already, refused (and
 * why) or a skipped transition. While the files are read (in a worker:
 * pt-window-import.c) the dialog shows the progress; Cancel stops the
 * reading. When a file names no sport (GPX), a drop-down says what such
 * files are, and the window plans again.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-cross-training.h"
#include "pt-format.h"
#include "pt-import-dialog.h"
#include "pt-run.h"
#include "pt-types.h"

struct _PtImportDialog
{
  AdwWindow       parent_instance;

  GtkButton      *cancel_button;
  GtkButton      *import_button;
  GtkStack       *stack;
  AdwStatusPage  *progress_page;
  GtkProgressBar *progress_bar;
  GtkLabel       *summary_label;
  GtkListBox     *sport_list;
  AdwComboRow    *sport_row;
  GtkListBox     *item_list;

  gboolean        filling;   /* setting the sport row, not the clinician */
};

enum {
  RESPONSE,
  SPORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PtImportDialog, pt_import_dialog, ADW_TYPE_WINDOW)

/* The choices of the sport row, in its order. */
static const struct
{
  PtWorkoutSport  sport;
  const char     *label;
} sports[] = {
  { PT_WORKOUT_SPORT_RUNNING, N_("Runs") },
  { PT_WORKOUT_SPORT_WALKING, N_("Walks") },
  { PT_WORKOUT_SPORT_HIKING, N_("Hikes") },
  { PT_WORKOUT_SPORT_CYCLING, N_("Bike rides") },
  { PT_WORKOUT_SPORT_SWIMMING, N_("Swims") },
  { PT_WORKOUT_SPORT_ROWING, N_("Rowing") },
  { PT_WORKOUT_SPORT_ELLIPTICAL, N_("Elliptical") },
  { PT_WORKOUT_SPORT_STRENGTH, N_("Strength training") },
  { PT_WORKOUT_SPORT_OTHER, N_("Other activities") },
};

char *
pt_import_describe_record (PtRecord       *record,
                           PtDistanceUnit  unit)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (PT_IS_RECORD (record), NULL);

  if (PT_IS_RUN (record))
    {
      PtRun *run = PT_RUN (record);
      g_autofree char *distance = pt_format_distance_with_unit (pt_run_get_distance_m (run), unit);
      g_autofree char *duration = pt_format_duration (pt_run_get_duration_s (run));
      GString *text = g_string_new (_("Run"));

      const char *parts[3];

      date = pt_format_date (pt_run_get_date (run), PT_DATE_SHORT);
      parts[0] = distance;
      parts[1] = duration;
      parts[2] = date;
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (parts[i] != NULL)
          /* Translators: a part of "Run, 9.0 km, 47:12, 15 Aug 2015" */
          g_string_append_printf (text, _(", %s"), parts[i]);
      return g_string_free (text, FALSE);
    }

  if (PT_IS_CROSS_TRAINING (record))
    {
      PtCrossTraining *cross = PT_CROSS_TRAINING (record);

      date = pt_format_date (pt_cross_training_get_date (cross), PT_DATE_SHORT);
      /* Translators: "Cross-training: Bike, 60 min, 15 Aug 2015" */
      return g_strdup_printf (_("Cross-training: %s, %lld min, %s"),
                              pt_activity_to_label (pt_cross_training_get_activity (cross)),
                              (long long) pt_cross_training_get_minutes (cross),
                              date != NULL ? date : "");
    }

  return g_strdup (G_OBJECT_TYPE_NAME (record));
}

static const char *
status_label (PtWorkoutItemStatus status)
{
  switch (status)
    {
    case PT_WORKOUT_ITEM_ADD: return _("To add");
    case PT_WORKOUT_ITEM_DUPLICATE: return _("Already recorded");
    case PT_WORKOUT_ITEM_REFUSED: return _("Refused");
    case PT_WORKOUT_ITEM_SKIPPED: return _("Skipped");
    default: return "";
    }
}

static const char *
status_class (PtWorkoutItemStatus status)
{
  switch (status)
    {
    case PT_WORKOUT_ITEM_ADD: return "success";
    case PT_WORKOUT_ITEM_REFUSED: return "error";
    default: return "dim-label";
    }
}

static GtkWidget *
make_row (const PtWorkoutItem *item,
          PtDistanceUnit       unit)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (status_label (item->status));
  g_autofree char *title = NULL;
  g_autofree char *what = item->record != NULL ? pt_import_describe_record (item->record, unit)
                                               : NULL;
  g_autofree char *subtitle = NULL;

  if (item->leg > 0)
    /* Translators: a file name and the leg of a multisport file */
    title = g_strdup_printf (_("%s, part %u"), item->file_name, item->leg + 1);
  else
    title = g_strdup (item->file_name);

  if (what != NULL && item->reason != NULL)
    subtitle = g_strdup_printf ("%s\n%s", what, item->reason);
  else
    subtitle = g_strdup (what != NULL ? what : item->reason);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  if (item->path != NULL)
    gtk_widget_set_tooltip_text (row, item->path);

  gtk_widget_add_css_class (status, status_class (item->status));
  gtk_widget_add_css_class (status, "caption-heading");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  return row;
}

void
pt_import_dialog_set_progress (PtImportDialog *self,
                               guint           n_done,
                               guint           n_files)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PT_IS_IMPORT_DIALOG (self));

  if (n_files == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return;
    }

  /* Translators: progress of reading activity files */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u file", "%u of %u files",
                                       n_files), n_done, n_files);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) n_done / n_files));
}

void
pt_import_dialog_show_items (PtImportDialog  *self,
                             PtWorkoutImport *import,
                             PtDistanceUnit   unit)
{
  g_autofree char *summary = NULL;
  g_autofree char *label = NULL;
  GtkWidget *child;
  guint n_add;

  g_return_if_fail (PT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (PT_IS_WORKOUT_IMPORT (import));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list))) != NULL)
    gtk_list_box_remove (self->item_list, child);

  for (guint i = 0; i < pt_workout_import_get_n_items (import); i++)
    gtk_list_box_append (self->item_list, make_row (pt_workout_import_get_item (import, i), unit));

  summary = pt_workout_import_describe (import);
  gtk_label_set_text (self->summary_label, summary);

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (sports); i++)
    if (sports[i].sport == pt_workout_import_get_unknown_sport (import))
      adw_combo_row_set_selected (self->sport_row, i);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->sport_list), pt_workout_import_has_no_sport (import));

  n_add = pt_workout_import_count (import, PT_WORKOUT_ITEM_ADD);
  if (n_add > 0)
    /* Translators: the button that imports the records, with how many */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u", "_Import %u", n_add),
                             n_add);
  gtk_button_set_label (self->import_button, label != NULL ? label : _("_Import"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n_add > 0);
  gtk_stack_set_visible_child_name (self->stack, "preview");

  /* Return imports; with nothing to import, it cancels. */
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 n_add > 0 ? GTK_WIDGET (self->import_button)
                                           : GTK_WIDGET (self->cancel_button));
  gtk_widget_grab_focus (n_add > 0 ? GTK_WIDGET (self->import_button)
                                   : GTK_WIDGET (self->cancel_button));
}

GtkListBox *
pt_import_dialog_get_item_list (PtImportDialog *self)
{
  g_return_val_if_fail (PT_IS_IMPORT_DIALOG (self), NULL);

  return self->item_list;
}

GtkWidget *
pt_import_dialog_get_import_button (PtImportDialog *self)
{
  g_return_val_if_fail (PT_IS_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->import_button);
}

GtkWidget *
pt_import_dialog_get_sport_row (PtImportDialog *self)
{
  g_return_val_if_fail (PT_IS_IMPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->sport_row);
}

static void
cancel_clicked_cb (PtImportDialog *self)
{
  g_signal_emit (self, signals[RESPONSE], 0, "cancel");
}

static void
import_clicked_cb (PtImportDialog *self)
{
  g_signal_emit (self, signals[RESPONSE], 0, "import");
}

static void
sport_changed_cb (PtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->sport_row);

  if (!self->filling && selected < G_N_ELEMENTS (sports))
    g_signal_emit (self, signals[SPORT_CHANGED], 0, (guint) sports[selected].sport);
}

static gboolean
pt_import_dialog_close_request (GtkWindow *window)
{
  /* The window decides: it stops the reading and destroys the dialog. */
  g_signal_emit (window, signals[RESPONSE], 0, "cancel");
  return TRUE;
}

static void
pt_import_dialog_class_init (PtImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = pt_import_dialog_close_request;

  signals[RESPONSE] = g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SPORT_CHANGED] = g_signal_new ("sport-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, sport_list);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, sport_row);
  gtk_widget_class_bind_template_child (widget_class, PtImportDialog, item_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sport_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_import_dialog_init (PtImportDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (sports); i++)
    gtk_string_list_append (model, _(sports[i].label));
  self->filling = TRUE;
  adw_combo_row_set_model (self->sport_row, G_LIST_MODEL (model));
  self->filling = FALSE;
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->cancel_button));
}

PtImportDialog *
pt_import_dialog_new (GtkWindow *parent)
{
  return g_object_new (PT_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
}
