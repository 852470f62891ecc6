/* pt-date-row.c: an entry row for a date, with a calendar
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is typed as the clinician writes dates: ISO (YYYY-MM-DD) or in
 * the locale's order (12/04/1988 is 12 April in most of the world, 4
 * December in the United States): core's pt_date_parse_input. The hint
 * beside the text says which: the locale's format while the text is empty
 * or not a date, the date in words once it is one. The value the form
 * stores is pt_date_row_dup_value(): ISO. The calendar opens on the typed
 * date, or today; a picked day is written in ISO. The calendar button is
 * no Tab stop (the next Tab goes to the next field); Alt+Down in the text
 * opens the calendar.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-date.h"
#include "pt-date-row.h"
#include "pt-format.h"

struct _PtDateRow
{
  AdwEntryRow  parent_instance;

  /* Template children */
  GtkLabel    *hint;
  GtkWidget   *button;
  GtkPopover  *popover;
  GtkCalendar *calendar;

  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (PtDateRow, pt_date_row, ADW_TYPE_ENTRY_ROW)

/* The typed text as a date, in ISO or the locale's order. */
static gboolean
parse_text (PtDateRow *self,
            GDate     *date)
{
  return pt_date_parse_input (gtk_editable_get_text (GTK_EDITABLE (self)),
                              pt_date_locale_order (), date);
}

/* "DD/MM/YYYY": how dates are typed here (ISO always works too). */
static const char *
locale_format (void)
{
  switch (pt_date_locale_order ())
    {
    case PT_DATE_ORDER_MDY:
      /* Translators: how a date is typed, month first */
      return _("MM/DD/YYYY");
    case PT_DATE_ORDER_YMD:
      /* Translators: how a date is typed, year first */
      return _("YYYY-MM-DD");
    case PT_DATE_ORDER_DMY:
    default:
      /* Translators: how a date is typed, day first */
      return _("DD/MM/YYYY");
    }
}

static void
update_hint (PtDateRow *self)
{
  g_autofree char *words = NULL;
  GDate date;

  /* The date understood from what was typed, "12 April 1988" */
  if (parse_text (self, &date))
    words = pt_format_gdate (&date, PT_DATE_LONG);
  gtk_label_set_text (self->hint, words != NULL ? words : locale_format ());
}

static void
popover_show_cb (PtDateRow *self)
{
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  if (!parse_text (self, &date))
    pt_date_today (&date);

  when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->syncing = FALSE;
}

static void
day_selected_cb (PtDateRow *self)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *text = NULL;
  GDate date;

  if (self->syncing)
    return;

  when = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when),
                  g_date_time_get_month (when), g_date_time_get_year (when));
  text = pt_date_format (&date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_popover_popdown (self->popover);
}

static void
button_clicked_cb (PtDateRow *self)
{
  gtk_popover_popup (self->popover);
}

static gboolean
open_calendar_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  gtk_popover_popup (PT_DATE_ROW (widget)->popover);

  return TRUE;
}

static void
pt_date_row_dispose (GObject *object)
{
  PtDateRow *self = PT_DATE_ROW (object);

  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }

  G_OBJECT_CLASS (pt_date_row_parent_class)->dispose (object);
}

static void
pt_date_row_class_init (PtDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_date_row_dispose;
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                open_calendar_cb, NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PtDateRow, hint);
  gtk_widget_class_bind_template_child (widget_class, PtDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, PtDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, PtDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, button_clicked_cb);
}

static void
pt_date_row_init (PtDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->popover), self->button);
  g_signal_connect (self, "changed", G_CALLBACK (update_hint), NULL);
  update_hint (self);
}

GtkWidget *
pt_date_row_new (void)
{
  return g_object_new (PT_TYPE_DATE_ROW, NULL);
}

char *
pt_date_row_dup_value (PtDateRow *self)
{
  const char *text;
  GDate date;

  g_return_val_if_fail (PT_IS_DATE_ROW (self), NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (parse_text (self, &date))
    return pt_date_format (&date);

  /* Not a date: as typed, for core to name the field and the format. */
  return g_strstrip (g_strdup (text));
}

const char *
pt_date_row_get_hint (PtDateRow *self)
{
  g_return_val_if_fail (PT_IS_DATE_ROW (self), NULL);

  return gtk_label_get_text (self->hint);
}
