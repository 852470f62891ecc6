/* pt-window-private.h: what pt-window.c and pt-window-actions.c share
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pt-patient-list.h"
#include "pt-patient-page.h"
#include "pt-window.h"

G_BEGIN_DECLS

struct _PtWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *status_page;
  GtkButton            *status_primary_button;
  GtkButton            *status_secondary_button;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkWidget            *new_entry_button;
  GtkWidget            *patient_menu_button;
  PtPatientList        *patient_list;
  GtkStack             *content_stack;
  PtPatientPage        *patient_page;  /* NULL until a patient is first shown */
  GtkRevealer          *health_revealer;
  GtkLabel             *health_label;
  GtkButton            *health_button;
  guint                 health_check_id;  /* the timeout that starts quick_check */

  GSettings            *settings;      /* NULL when the schema is not installed */
  PtStore              *store;         /* NULL when the database could not be opened */
  char                 *database_path;
  /* Connecting to the clinic server of database_path (pt-window-connect.c). */
  GCancellable         *connecting;

  /* What can be undone (PtUndoEntry in pt-window-actions.c), oldest
   * first: one per delete or archive whose toast has not gone yet. */
  GPtrArray            *undo_entries;
  guint                 undo_serial;     /* the last entry's serial */

  /* Toasts to dismiss, one at a time (pt_window_dismiss_toast). */
  GQueue                dismissals;      /* AdwToast refs */
  guint                 dismiss_id;      /* the timeout that dismisses them */

  /* The export running now (pt-window-export.c), and the last result. */
  GCancellable         *export_cancellable;
  AdwToast             *export_toast;
  GFile                *export_result;

  /* The patient view and the lock screen (pt-window-lock.c); the stack
   * owns their pages, made on first use. */
  GtkWidget            *patient_view;
  GtkWidget            *lock_page;
  GtkWidget            *lock_prompt;
  GtkWidget            *unlock_button;
  gint64                patient_view_id;  /* the patient shown to the patient; 0: none */
  gboolean              locked;
  GHashTable           *actions_wanted;   /* action name -> what the workspace wants */
  GPtrArray            *removed_actions;  /* the window's GActions out while restricted */
  gint64                last_input;       /* g_get_monotonic_time of the last input */
  GApplication         *restricted_app;   /* whose actions were disabled, to restore */
  guint                 idle_id;

  /* The automatic backup (pt-window-backup.c). */
  GCancellable         *backup_cancellable;  /* while one runs */
  guint                 backup_timer_id;
  gulong                first_frame_id;      /* waiting for the first frame */

  /* Imports (pt-window-import.c, pt-window-import-csv.c): one at a time. */
  GCancellable         *import_cancellable;  /* while a worker reads or imports */
  GtkWidget            *import_dialog;       /* the preview or the CSV dialog open */
  gpointer              import_job;          /* the worker's job (its progress) */
  guint                 import_progress_id;  /* shows the worker's progress */
  gint64                import_patient_id;   /* whose records are imported */
  struct _PtWorkoutImport *workout_import;   /* read and planned, for the preview */
  struct _PtImportUndo *import_undo;         /* what the last import's toast undoes */
  guint                 import_serial;
};

/* pt-window-health.c */
/* Runs quick_check on the open database in a worker, a moment from now. */
void           pt_window_check_health_later (PtWindow *self);
/* FALSE while there is no database, or it is read-only or damaged. */
gboolean       pt_window_can_write          (PtWindow *self);
/* The banner and subtitle for the open database's state. */
void           pt_window_update_health      (PtWindow *self);
void           pt_window_dispose_health     (PtWindow *self);

/* pt-window.c */
PtDistanceUnit pt_window_get_unit        (PtWindow     *self);
/* Opens another database file in this window. */
void           pt_window_switch_database (PtWindow     *self,
                                          const char   *path,
                                          gboolean      create);
/* A toast with the error's message, for failures that are not the user's. */
void           pt_window_show_error      (PtWindow     *self,
                                          const GError *error);

/* Dismisses @toast a little later, one toast at a time: libadwaita 1.2
 * crashes when a toast is dismissed while it is still sliding in. */
void           pt_window_dismiss_toast   (PtWindow     *self,
                                          AdwToast     *toast);

/* The patient page, made on first use: a window that starts on the list
 * does not pay for five tables and a chart it does not show. */
PtPatientPage *pt_window_ensure_patient_page (PtWindow *self);
/* The patient on the page, or NULL when no page or no patient. */
PtPatient     *pt_window_get_shown_patient   (PtWindow *self);

/* pt-window-lock.c */
void           pt_window_init_lock       (PtWindow     *self);
void           pt_window_dispose_lock    (PtWindow     *self);
void           pt_window_class_install_lock_actions (GtkWidgetClass *widget_class);
/* Enables or disables a window action as the workspace wants it; while
 * the patient view or the lock screen is shown, only its allow-list is
 * enabled whatever is wanted. Every action state goes through here. */
void           pt_window_set_action_enabled (PtWindow   *self,
                                             const char *name,
                                             gboolean    enabled);
/* Whether the patient view or the lock screen is shown. */
gboolean       pt_window_is_restricted   (PtWindow     *self);
/* FALSE while the window must not close (patient view, lock screen). */
gboolean       pt_window_close_allowed   (PtWindow     *self);

/* pt-window-backup.c: the automatic backup once the first frame is
 * drawn and daily, and win.restore-backup. */
void           pt_window_class_install_backup_actions (GtkWidgetClass *widget_class);
void           pt_window_init_backup     (PtWindow     *self);
void           pt_window_dispose_backup  (PtWindow     *self);

/* pt-window-history.c */
void           pt_window_class_install_history_actions (GtkWidgetClass *widget_class);
/* The store records the clinician of Preferences (default-clinician). */
void           pt_window_apply_clinician (PtWindow     *self);
/* pt-window-export.c */
void           pt_window_class_install_export_actions (GtkWidgetClass *widget_class);

/* pt-window-import.c: activity files (win.import-activities, the drop
 * target), and what both imports share. */
void           pt_window_class_install_import_actions (GtkWidgetClass *widget_class);
void           pt_window_init_import     (PtWindow     *self);
void           pt_window_dispose_import  (PtWindow     *self);
/* The drop target of the patient page (made on first use). */
void           pt_window_init_page_import (PtWindow    *self);
/* Files dropped on @widget are imported for the patient shown: the patient
 * page, and the patient view, where a patient drops their watch's files
 * (for themselves only: the window owns who is shown). */
void           pt_window_add_import_drop_target (PtWindow  *self,
                                                 GtkWidget *widget);
/* win.import-activities and win.import-csv as the window's state wants. */
void           pt_window_update_import_actions (PtWindow *self);
/* Whose records an import adds: the patient view's, or the page's; 0. */
gint64         pt_window_import_get_patient_id (PtWindow *self);
/* Stops the import running (its worker, its progress, its dialog). */
void           pt_window_import_stop     (PtWindow     *self);
/* Starts showing the progress of @job (read by @poll) every 100 ms. */
void           pt_window_import_watch    (PtWindow     *self,
                                          gpointer      job,
                                          GSourceFunc   poll);
/* After an import: reloads what shows the patient, and a toast "@title"
 * whose Undo removes the records: those of @workouts, or the @n_ids @ids
 * of @type. */
void           pt_window_import_finished (PtWindow        *self,
                                          const char      *title,
                                          struct _PtWorkoutImport *workouts,
                                          GType            type,
                                          const gint64    *ids,
                                          gsize            n_ids);
/* Forgets what the import toast could undo (the database is switched). */
void           pt_window_clear_import_undo (PtWindow   *self);

/* pt-window-import-csv.c: win.import-csv. */
void           pt_window_class_install_import_csv_actions (GtkWidgetClass *widget_class);

/* pt-window-lock.c: the patient view shows what was just recorded. */
void           pt_window_reload_patient_view (PtWindow *self);

/* pt-window-actions.c */
void           pt_window_class_install_actions (GtkWidgetClass *widget_class);
void           pt_window_init_actions    (PtWindow     *self);
void           pt_window_init_page_actions (PtWindow   *self);
void           pt_window_update_actions  (PtWindow     *self);
/* Forgets everything Undo could bring back and dismisses its toasts (the
 * database is closed or switched). */
void           pt_window_clear_undo      (PtWindow     *self);

/* pt-window.c: the status page in place of the clinic. */
void           pt_window_show_status     (PtWindow     *self,
                                          const char   *icon_name,
                                          const char   *title,
                                          const char   *description);
void           pt_window_set_status_buttons (PtWindow   *self,
                                          const char   *primary_label,
                                          const char   *primary_action,
                                          const char   *secondary_label,
                                          const char   *secondary_action);
/* The store of database_path, which the window takes, or NULL with
 * @error (NULL: nothing shown yet) saying why it could not be opened. */
void           pt_window_take_store      (PtWindow     *self,
                                          PtStore      *store,
                                          const GError *error);
/* database_path, without opening it. */
void           pt_window_set_database_path (PtWindow   *self,
                                          const char   *path);

/* pt-window-connect.c: a clinic server, connected to in a worker while
 * the window says so; Connect to Clinic Server. */
void           pt_window_connect         (PtWindow     *self);
void           pt_window_cancel_connect  (PtWindow     *self);
void           pt_window_class_install_connect_actions (GtkWidgetClass *widget_class);

G_END_DECLS
