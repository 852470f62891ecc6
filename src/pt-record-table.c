/* pt-record-table.c: a sortable table of one patient's records
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView whose columns come from a PtColumn table (see
 * pt-record-columns.c), so the five tables of the patient page share one
 * widget. It is built in code rather than from a template because its
 * columns are data. Rows are created only for what is on screen.
 *
 * Signals: "record-activated" (a row was double-clicked or Enter pressed:
 * edit it) and "delete-requested" (the Delete key on a row).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-record-table.h"
#include "pt-units.h"

struct _PtRecordTable
{
  GtkWidget           parent_instance;

  GtkColumnView      *view;
  GListStore         *records;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  GType               record_type;
  const PtColumn     *columns;
  guint               n_columns;
  PtDistanceUnit      unit;
  gpointer            context;
  GDestroyNotify      context_destroy;
};

enum {
  PROP_0,
  PROP_HAS_SELECTION,
  N_PROPS
};

enum {
  RECORD_ACTIVATED,
  DELETE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PtRecordTable, pt_record_table, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  PtRecordTable  *table;
  const PtColumn *column;
} ColumnData;

static char *
format_cell (PtRecordTable  *self,
             const PtColumn *column,
             PtRecord       *record)
{
  if (column->format_with != NULL)
    return column->format_with (record, self->unit, self->context);

  return column->format (record, self->unit);
}

static int
compare_ids (PtRecord *a,
             PtRecord *b)
{
  gint64 ia = pt_record_get_id (a), ib = pt_record_get_id (b);

  return ia < ib ? -1 : ia > ib;
}

/* Unset numbers sort after every set one, whichever the direction's
 * column header says; equal values keep the order they were entered in. */
static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;
  PtRecord *ra = (PtRecord *) a, *rb = (PtRecord *) b;
  int order;

  if (data->column->number_with != NULL || data->column->number != NULL)
    {
      gpointer context = data->table->context;
      double va, vb;

      if (data->column->number_with != NULL)
        {
          va = data->column->number_with (ra, context);
          vb = data->column->number_with (rb, context);
        }
      else
        {
          va = data->column->number (ra);
          vb = data->column->number (rb);
        }

      if (isnan (va) || isnan (vb))
        order = isnan (va) - isnan (vb);
      else
        order = va < vb ? -1 : va > vb;
    }
  else
    {
      g_autofree char *ta = format_cell (data->table, data->column, ra);
      g_autofree char *tb = format_cell (data->table, data->column, rb);

      order = g_utf8_collate (ta != NULL ? ta : "", tb != NULL ? tb : "");
    }

  return order != 0 ? order : compare_ids (ra, rb);
}

/* A cut cell shows its whole text when the pointer rests on it. Asked on
 * demand: setting tooltips on every bind costs GTK 4.8 a round trip to
 * the display server per cell. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));

  if (!pango_layout_is_ellipsized (layout))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);
  /* Dates and numbers are never cut ("29 Apr 2…" and "1…" mislead): they
   * ask for their whole width; only text columns give way, with the
   * whole text in a tooltip. */
  gboolean whole = data->column->numeric || data->column == &data->table->columns[0];

  gtk_label_set_xalign (GTK_LABEL (label), data->column->numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), whole ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (data->column->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = format_cell (data->table, data->column, gtk_list_item_get_item (item));

  gtk_label_set_text (label, text != NULL ? text : "");
}

static char *
dup_title (const PtColumn *column,
           PtDistanceUnit  unit)
{
  const char *title = _(column->title);

  if (strstr (title, "%s") == NULL)
    return g_strdup (title);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (title, pt_distance_unit_symbol (unit));
#pragma GCC diagnostic pop
}

static void
add_columns (PtRecordTable *self)
{
  GtkColumnViewColumn *date_column = NULL;

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      ColumnData *data = g_new0 (ColumnData, 1);
      g_autofree char *title = dup_title (&self->columns[i], self->unit);

      data->table = self;
      data->column = &self->columns[i];
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);
      /* The factory owns the cell data. */
      g_object_set_data_full (G_OBJECT (factory), "pt-column", data, g_free);

      column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_expand (column, self->columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column,
                                         GTK_SORTER (gtk_custom_sorter_new (compare_cells, data, NULL)));
      gtk_column_view_append_column (self->view, column);

      if (i == 0)
        date_column = column;
    }

  gtk_column_view_sort_by_column (self->view, date_column, GTK_SORT_DESCENDING);
}

static void
update_titles (PtRecordTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autofree char *title = dup_title (&self->columns[i], self->unit);

      gtk_column_view_column_set_title (column, title);
    }
}

static void
activated_cb (PtRecordTable *self,
              guint          position)
{
  g_autoptr(PtRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, record);
}

static gboolean
delete_pressed_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  PtRecordTable *self = PT_RECORD_TABLE (widget);
  PtRecord *record = pt_record_table_get_selected (self);

  if (record == NULL)
    return FALSE;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, record);
  return TRUE;
}

static void
selection_changed_cb (PtRecordTable *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

/* GTK 4.8's column view builds up to 200 rows as soon as it has a model,
 * even on a hidden tab: five tables of a patient with years of runs cost
 * a second. The model is only attached while the table is on screen. */
static void
pt_record_table_map (GtkWidget *widget)
{
  PtRecordTable *self = PT_RECORD_TABLE (widget);

  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  GTK_WIDGET_CLASS (pt_record_table_parent_class)->map (widget);
}

static void
pt_record_table_unmap (GtkWidget *widget)
{
  PtRecordTable *self = PT_RECORD_TABLE (widget);

  GTK_WIDGET_CLASS (pt_record_table_parent_class)->unmap (widget);
  gtk_column_view_set_model (self->view, NULL);
}

static void
pt_record_table_dispose (GObject *object)
{
  PtRecordTable *self = PT_RECORD_TABLE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->records);
  pt_record_table_set_context (self, NULL, NULL);

  G_OBJECT_CLASS (pt_record_table_parent_class)->dispose (object);
}

static void
pt_record_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtRecordTable *self = PT_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, pt_record_table_get_selected (self) != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_record_table_class_init (PtRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_record_table_dispose;
  object_class->get_property = pt_record_table_get_property;

  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PT_TYPE_RECORD);
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PT_TYPE_RECORD);

  widget_class->map = pt_record_table_map;
  widget_class->unmap = pt_record_table_unmap;

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_pressed_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_pressed_cb, NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_record_table_init (PtRecordTable *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->view, FALSE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  g_signal_connect_swapped (self->view, "activate", G_CALLBACK (activated_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
}

GtkWidget *
pt_record_table_new (GType           record_type,
                     const PtColumn *columns,
                     guint           n_columns,
                     const char     *accessible_label)
{
  PtRecordTable *self;

  g_return_val_if_fail (g_type_is_a (record_type, PT_TYPE_RECORD), NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  self = g_object_new (PT_TYPE_RECORD_TABLE, NULL);
  self->record_type = record_type;
  self->columns = columns;
  self->n_columns = n_columns;
  self->records = g_list_store_new (record_type);
  add_columns (self);

  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->records)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  return GTK_WIDGET (self);
}

GType
pt_record_table_get_record_type (PtRecordTable *self)
{
  g_return_val_if_fail (PT_IS_RECORD_TABLE (self), G_TYPE_INVALID);

  return self->record_type;
}

void
pt_record_table_set_records (PtRecordTable  *self,
                             GListModel     *records,
                             PtDistanceUnit  unit)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 selected_id = 0;
  PtRecord *selected;
  guint n;

  g_return_if_fail (PT_IS_RECORD_TABLE (self));
  g_return_if_fail (records == NULL || G_IS_LIST_MODEL (records));

  selected = pt_record_table_get_selected (self);
  if (selected != NULL)
    selected_id = pt_record_get_id (selected);

  if (unit != self->unit)
    {
      self->unit = unit;
      update_titles (self);
    }

  n = records != NULL ? g_list_model_get_n_items (records) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (records, i));

  g_list_store_splice (self->records, 0, g_list_model_get_n_items (G_LIST_MODEL (self->records)),
                       items->pdata, items->len);
  pt_record_table_select_id (self, selected_id);
}

void
pt_record_table_set_context (PtRecordTable  *self,
                             gpointer        context,
                             GDestroyNotify  destroy)
{
  g_return_if_fail (PT_IS_RECORD_TABLE (self));

  if (self->context != NULL && self->context_destroy != NULL)
    self->context_destroy (self->context);

  self->context = context;
  self->context_destroy = destroy;
}

GListModel *
pt_record_table_get_model (PtRecordTable *self)
{
  g_return_val_if_fail (PT_IS_RECORD_TABLE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

PtRecord *
pt_record_table_get_selected (PtRecordTable *self)
{
  g_return_val_if_fail (PT_IS_RECORD_TABLE (self), NULL);

  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
pt_record_table_select_id (PtRecordTable *self,
                           gint64         id)
{
  guint n;

  g_return_val_if_fail (PT_IS_RECORD_TABLE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; id > 0 && i < n; i++)
    {
      g_autoptr(PtRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (pt_record_get_id (record) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return FALSE;
}
