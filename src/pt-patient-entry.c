/* pt-patient-entry.c: today's pain and a run, recorded by the patient
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Large controls for a patient at the clinic's screen: eleven buttons for
 * the pain now (0 to 10, with words), when it hurts, and, optionally, the
 * distance of a run they did today. One save writes the score (source:
 * the patient) and the run in one transaction, through the same core
 * functions and checks as the clinician's forms; core's message is shown
 * when something is refused, and nothing is written then.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-error.h"
#include "pt-format.h"
#include "pt-patient-entry.h"
#include "pt-units.h"

#define N_PAIN 11

struct _PtPatientEntry
{
  GtkWidget        parent_instance;

  GtkWidget       *pain_buttons[N_PAIN];
  GtkWidget       *pain_words;
  GtkWidget       *context;
  GtkWidget       *distance;
  GtkWidget       *save;
  GtkWidget       *message;
  PtStore         *store;
  PtPatientBundle *bundle;
  PtDistanceUnit   unit;
  int              pain;        /* -1: none chosen */
};

G_DEFINE_FINAL_TYPE (PtPatientEntry, pt_patient_entry, GTK_TYPE_WIDGET)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The words of the numeric rating scale for a patient. */
static const char *
pain_words (int pain)
{
  if (pain <= 0)
    return _("No pain");
  if (pain <= 3)
    return _("Mild pain");
  if (pain <= 6)
    return _("Moderate pain");
  if (pain <= 9)
    return _("Severe pain");
  return _("The worst pain you can imagine");
}

static void
set_message (PtPatientEntry *self,
             const char     *text,
             gboolean        is_error)
{
  gtk_label_set_text (GTK_LABEL (self->message), text);
  gtk_widget_set_visible (self->message, text != NULL && *text != '\0');
  if (is_error)
    gtk_widget_add_css_class (self->message, "error");
  else
    gtk_widget_remove_css_class (self->message, "error");
}

static void
pain_toggled_cb (GtkToggleButton *button,
                 PtPatientEntry  *self)
{
  g_autofree char *text = NULL;

  if (!gtk_toggle_button_get_active (button))
    return;

  self->pain = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pain"));
  /* Translators: "3 of 10: mild pain" */
  text = g_strdup_printf (_("%d of 10: %s"), self->pain, pain_words (self->pain));
  gtk_label_set_text (GTK_LABEL (self->pain_words), text);
  gtk_widget_set_sensitive (self->save, TRUE);
}

typedef struct
{
  PtPainScore *score;
  PtRun       *run;   /* NULL: none */
} Entry;

static gboolean
write_entry (PtStore  *store,
             gpointer  data,
             GError  **error)
{
  Entry *entry = data;

  if (pt_store_add (store, PT_RECORD (entry->score), error) <= 0)
    return FALSE;
  return entry->run == NULL || pt_store_add (store, PT_RECORD (entry->run), error) > 0;
}

/* The run's distance, NAN when none was typed; FALSE when it is not a
 * number. */
static gboolean
read_distance (PtPatientEntry *self,
               double         *metres)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->distance));
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  double value;

  *metres = NAN;
  if (*copy == '\0')
    return TRUE;

  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0')
    return FALSE;

  *metres = pt_distance_to_metres (value, self->unit);
  return TRUE;
}

static void
save_clicked_cb (PtPatientEntry *self)
{
  g_autoptr(PtPainScore) score = pt_pain_score_new ();
  g_autoptr(PtRun) run = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = pt_date_today_string ();
  gint64 patient = pt_patient_bundle_get_patient_id (self->bundle);
  double metres;
  Entry entry;

  if (self->pain < 0)
    return;

  if (!read_distance (self, &metres))
    {
      set_message (self, _("The distance is not a number; write it like 5 or 5.5"), TRUE);
      return;
    }

  pt_pain_score_set_patient_id (score, patient);
  pt_pain_score_set_condition_id (score, pt_patient_bundle_get_condition_id (self->bundle));
  pt_pain_score_set_date (score, today);
  pt_pain_score_set_score (score, self->pain);
  pt_pain_score_set_context (score, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->context)));
  pt_pain_score_set_source (score, PT_PAIN_SOURCE_PATIENT);

  if (pt_has_value (metres))
    {
      run = pt_run_new ();
      pt_run_set_patient_id (run, patient);
      pt_run_set_date (run, today);
      pt_run_set_distance_m (run, metres);
    }

  entry = (Entry) { score, run };
  if (!pt_store_run_batch (self->store, write_entry, &entry, &error))
    {
      set_message (self, error->message, TRUE);
      return;
    }

  set_message (self, _("Saved for your clinician. Thank you!"), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->distance), "");
  g_signal_emit (self, signals[RECORDED], 0);
}

static void
pt_patient_entry_dispose (GObject *object)
{
  PtPatientEntry *self = PT_PATIENT_ENTRY (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);

  G_OBJECT_CLASS (pt_patient_entry_parent_class)->dispose (object);
}

static void
pt_patient_entry_class_init (PtPatientEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_patient_entry_dispose;

  /**
   * PtPatientEntry::recorded:
   *
   * The patient's entry was saved.
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static GtkWidget *
make_pain_buttons (PtPatientEntry *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_add_css_class (row, "pain-scale");
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  for (int i = 0; i < N_PAIN; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", i);
      g_autofree char *name = g_strdup_printf (_("%d of 10: %s"), i, pain_words (i));
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->pain_buttons[0]));
      g_object_set_data (G_OBJECT (button), "pain", GINT_TO_POINTER (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_signal_connect (button, "toggled", G_CALLBACK (pain_toggled_cb), self);
      self->pain_buttons[i] = button;
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

static void
pt_patient_entry_init (PtPatientEntry *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  const char *contexts[] = {
    pt_pain_context_to_label (PT_PAIN_CONTEXT_REST),
    pt_pain_context_to_label (PT_PAIN_CONTEXT_MORNING),
    pt_pain_context_to_label (PT_PAIN_CONTEXT_DURING_RUN),
    pt_pain_context_to_label (PT_PAIN_CONTEXT_AFTER_RUN),
    pt_pain_context_to_label (PT_PAIN_CONTEXT_OTHER),
    NULL,
  };
  GtkWidget *scale, *box;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "patient-entry");
  self->pain = -1;

  scale = make_pain_buttons (self);
  box = labelled (_("_Your pain now, from 0 (none) to 10 (the worst)"), scale);
  self->pain_words = gtk_label_new (_("Choose a number"));
  gtk_label_set_xalign (GTK_LABEL (self->pain_words), 0);
  gtk_widget_add_css_class (self->pain_words, "dim-label");
  gtk_box_append (GTK_BOX (box), self->pain_words);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  self->context = gtk_drop_down_new_from_strings (contexts);
  gtk_widget_set_halign (self->context, GTK_ALIGN_START);
  gtk_widget_set_parent (labelled (_("_When"), self->context), GTK_WIDGET (self));

  self->distance = gtk_entry_new ();
  gtk_entry_set_input_purpose (GTK_ENTRY (self->distance), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_halign (self->distance, GTK_ALIGN_START);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->distance), 8);
  gtk_widget_set_parent (labelled ("", self->distance), GTK_WIDGET (self));

  self->save = gtk_button_new_with_mnemonic (_("_Save for My Clinician"));
  gtk_widget_add_css_class (self->save, "suggested-action");
  gtk_widget_add_css_class (self->save, "pill");
  gtk_widget_set_halign (self->save, GTK_ALIGN_START);
  gtk_widget_set_sensitive (self->save, FALSE);
  g_signal_connect_swapped (self->save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_widget_set_parent (self->save, GTK_WIDGET (self));

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));
}

GtkWidget *
pt_patient_entry_new (PtStore         *store,
                      PtPatientBundle *bundle,
                      PtDistanceUnit   unit)
{
  PtPatientEntry *self;
  GtkWidget *label;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PT_IS_STORE (store), NULL);
  g_return_val_if_fail (bundle != NULL, NULL);

  self = g_object_new (PT_TYPE_PATIENT_ENTRY, NULL);
  self->store = g_object_ref (store);
  self->bundle = pt_patient_bundle_ref (bundle);
  self->unit = unit;

  /* The distance's label names the unit. */
  label = gtk_widget_get_first_child (gtk_widget_get_parent (self->distance));
  /* Translators: %s is "km" or "mi" */
  text = g_strdup_printf (_("_A run you did today, in %s (if any)"), pt_distance_unit_symbol (unit));
  gtk_label_set_text_with_mnemonic (GTK_LABEL (label), text);
  return GTK_WIDGET (self);
}

const char *
pt_patient_entry_get_message (PtPatientEntry *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_ENTRY (self), NULL);

  return gtk_widget_get_visible (self->message) ? gtk_label_get_text (GTK_LABEL (self->message))
                                                : NULL;
}

gboolean
pt_patient_entry_is_for (PtPatientEntry  *self,
                         PtPatientBundle *bundle)
{
  g_return_val_if_fail (PT_IS_PATIENT_ENTRY (self), FALSE);

  return pt_patient_bundle_get_patient_id (self->bundle) ==
         pt_patient_bundle_get_patient_id (bundle);
}

void
pt_patient_entry_set_bundle (PtPatientEntry  *self,
                             PtPatientBundle *bundle)
{
  g_return_if_fail (PT_IS_PATIENT_ENTRY (self));
  g_return_if_fail (pt_patient_entry_is_for (self, bundle));

  g_clear_pointer (&self->bundle, pt_patient_bundle_unref);
  self->bundle = pt_patient_bundle_ref (bundle);
}
