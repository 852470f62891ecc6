/* pt-chart-view.c: a patient's chart on screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin widget over the render layer: it lays the chart out for its size
 * (with its own Pango context, so text measures as it paints), paints it
 * through gtk_snapshot_append_cairo (crisp at any scale factor), and uses
 * the same layout for tooltips and for clicks on session markers. Colours
 * follow libadwaita's light or dark style. It is focusable, and its
 * accessible description says in words what the chart shows.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pt-chart-view.h"

struct _PtChartView
{
  GtkWidget      parent_instance;

  PtChartData   *data;
  PtChartKind    kind;
  PtChartLayout *layout;        /* for the current size and style; NULL: stale */
  char          *description;
};

enum {
  SESSION_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PtChartView, pt_chart_view, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
invalidate (PtChartView *self)
{
  g_clear_pointer (&self->layout, pt_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_description (PtChartView *self)
{
  g_clear_pointer (&self->description, g_free);
  if (self->data != NULL)
    self->description = pt_chart_data_describe (self->data, self->kind);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->kind == PT_CHART_LOAD ? _("Training load chart")
                                  : self->kind == PT_CHART_PATIENT ? _("Your pain and running")
                                  : _("Recovery chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description != NULL ? self->description : "",
                                  -1);
}

static const PtChartLayout *
ensure_layout (PtChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PtChartStyle style;

  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL && self->layout->width == width && self->layout->height == height)
    return self->layout;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    pt_chart_style_init_dark (&style);
  else
    pt_chart_style_init_light (&style);

  g_clear_pointer (&self->layout, pt_chart_layout_free);
  self->layout = pt_chart_layout_new (self->data, self->kind, &style,
                                      gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                      width, height);
  return self->layout;
}

static gboolean
query_tooltip_cb (PtChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;

  /* From the keyboard there is no pointer: say what the whole chart shows. */
  if (keyboard_mode)
    text = g_strdup (self->description);
  else
    text = pt_chart_view_dup_tooltip_at (self, x, y);

  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PtChartView     *self)
{
  if (pt_chart_view_click_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
dark_changed_cb (PtChartView *self)
{
  invalidate (self);
}

static void
pt_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PtChartView *self = PT_CHART_VIEW (widget);
  const PtChartLayout *layout = ensure_layout (self);
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, layout->width, layout->height));
  pt_chart_layout_paint (self->layout, cr);
  cairo_destroy (cr);
}

static void
pt_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PtChartView *self = PT_CHART_VIEW (widget);

  if (self->layout != NULL && (self->layout->width != width || self->layout->height != height))
    g_clear_pointer (&self->layout, pt_chart_layout_free);
}

static void
pt_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Small enough for a phone; the chart lays itself out for any size. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 220;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 360;
}

static void
pt_chart_view_dispose (GObject *object)
{
  PtChartView *self = PT_CHART_VIEW (object);

  g_clear_pointer (&self->layout, pt_chart_layout_free);
  g_clear_pointer (&self->data, pt_chart_data_unref);

  G_OBJECT_CLASS (pt_chart_view_parent_class)->dispose (object);
}

static void
pt_chart_view_finalize (GObject *object)
{
  PtChartView *self = PT_CHART_VIEW (object);

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pt_chart_view_parent_class)->finalize (object);
}

static void
pt_chart_view_class_init (PtChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_chart_view_dispose;
  object_class->finalize = pt_chart_view_finalize;

  widget_class->snapshot = pt_chart_view_snapshot;
  widget_class->size_allocate = pt_chart_view_size_allocate;
  widget_class->measure = pt_chart_view_measure;

  /**
   * PtChartView::session-activated:
   *
   * A session marker was clicked: open that session (its record id).
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pt_chart_view_init (PtChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  update_description (self);
}

GtkWidget *
pt_chart_view_new (void)
{
  return g_object_new (PT_TYPE_CHART_VIEW, NULL);
}

void
pt_chart_view_set_data (PtChartView *self,
                        PtChartData *data)
{
  g_return_if_fail (PT_IS_CHART_VIEW (self));

  if (data != NULL)
    pt_chart_data_ref (data);
  g_clear_pointer (&self->data, pt_chart_data_unref);
  self->data = data;

  update_description (self);
  invalidate (self);
}

void
pt_chart_view_set_kind (PtChartView *self,
                        PtChartKind  kind)
{
  g_return_if_fail (PT_IS_CHART_VIEW (self));

  if (kind == self->kind)
    return;

  self->kind = kind;
  update_description (self);
  invalidate (self);
}

PtChartKind
pt_chart_view_get_kind (PtChartView *self)
{
  g_return_val_if_fail (PT_IS_CHART_VIEW (self), PT_CHART_RECOVERY);

  return self->kind;
}

const char *
pt_chart_view_get_description (PtChartView *self)
{
  g_return_val_if_fail (PT_IS_CHART_VIEW (self), NULL);

  return self->description;
}

const PtChartLayout *
pt_chart_view_get_layout (PtChartView *self)
{
  g_return_val_if_fail (PT_IS_CHART_VIEW (self), NULL);

  return ensure_layout (self);
}

char *
pt_chart_view_dup_tooltip_at (PtChartView *self,
                              double       x,
                              double       y)
{
  const PtChartLayout *layout;
  const PtChartItem *item;

  g_return_val_if_fail (PT_IS_CHART_VIEW (self), NULL);

  layout = ensure_layout (self);
  if (layout == NULL || layout->empty)
    return NULL;

  item = pt_chart_layout_hit_test (layout, x, y);
  return item != NULL ? pt_chart_layout_describe_item (layout, item) : NULL;
}

gboolean
pt_chart_view_click_at (PtChartView *self,
                        double       x,
                        double       y)
{
  const PtChartLayout *layout;
  const PtChartItem *item;
  const PtChartSession *session;

  g_return_val_if_fail (PT_IS_CHART_VIEW (self), FALSE);

  layout = ensure_layout (self);
  item = layout != NULL && !layout->empty ? pt_chart_layout_hit_test (layout, x, y) : NULL;
  if (item == NULL || item->kind != PT_CHART_ITEM_SESSION ||
      item->index >= self->data->sessions->len)
    return FALSE;

  session = &g_array_index (self->data->sessions, PtChartSession, item->index);
  g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session->id);
  return TRUE;
}
