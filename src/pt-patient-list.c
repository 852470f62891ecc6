/* pt-patient-list.c: the searchable patient list of the sidebar
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One query loads every patient's overview (pt_store_list_patient_overviews);
 * a sorter and a filter model on top of it feed a GtkListView, which only
 * builds rows for what is on screen, so 10,000 patients cost no more widgets
 * than 20. Search keys are computed once per patient and kept on the item,
 * so a keystroke is one pass of strstr() over the list.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pt-patient-list.h"
#include "pt-patient-row.h"
#include "pt-search.h"
#include "pt-virtual-list.h"

struct _PtPatientList
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  PtVirtualList      *list_view;

  GListModel         *patients;     /* PtPatientOverview, all of them, from the store */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;       /* by last visit; owned */
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  char               *search_key;   /* casefolded search text, NULL: none */
  guint               warm_id;      /* idle that computes search keys ahead */
  guint               warm_tick_id; /* waits for a frame before warm_id starts */
  guint               warm_position;
  PtPatientSort       sort;
  gboolean            show_archived;
  gint64              selected_id;
};

enum {
  PROP_0,
  PROP_SELECTED_ID,
  PROP_SORT,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

enum {
  PATIENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PtPatientList, pt_patient_list, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GQuark search_key_quark;

/* The "sort" property's values, per PtPatientSort (win.sort's targets). */
static const char * const sort_names[] = { "name", "last-visit", "next-visit" };

/* "clairedonnellypt-0001achillestendinopathy,left": folded as core's
 * search folds (no case, accents or spaces). */
static const char *
get_search_key (PtPatientOverview *overview)
{
  char *key = g_object_get_qdata (G_OBJECT (overview), search_key_quark);

  if (key == NULL)
    {
      g_autofree char *condition = pt_patient_overview_dup_condition_label (overview);
      g_autofree char *text = g_strjoin (" ", pt_patient_overview_get_name (overview),
                                         pt_patient_overview_get_record_number (overview),
                                         condition, NULL);

      key = pt_search_fold (text);
      g_object_set_qdata_full (G_OBJECT (overview), search_key_quark, key, g_free);
    }

  return key;
}

static gboolean
filter_patient (gpointer item,
                gpointer user_data)
{
  PtPatientList *self = user_data;
  PtPatientOverview *overview = item;

  if (!self->show_archived && pt_patient_overview_get_archived (overview))
    return FALSE;

  return self->search_key == NULL || strstr (get_search_key (overview), self->search_key) != NULL;
}

/* Latest visit first, or the soonest next visit first (the overdue at the
 * top); patients without one last; then by name as the store orders names
 * (SQLite's NOCASE: ASCII letters without case). */
static int
compare_patients (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  PtPatientList *self = user_data;
  PtPatientOverview *pa = (PtPatientOverview *) a;
  PtPatientOverview *pb = (PtPatientOverview *) b;
  int order;

  if (self->sort == PT_PATIENT_SORT_LAST_VISIT)
    {
      const char *va = pt_patient_overview_get_last_visit (pa);
      const char *vb = pt_patient_overview_get_last_visit (pb);

      if (va == NULL || vb == NULL)
        order = (va == NULL) - (vb == NULL);
      else
        order = -strcmp (va, vb);

      if (order != 0)
        return order;
    }
  else if (self->sort == PT_PATIENT_SORT_NEXT_VISIT)
    {
      const char *va = pt_patient_overview_get_next_visit (pa);
      const char *vb = pt_patient_overview_get_next_visit (pb);

      if (va == NULL || vb == NULL)
        order = (va == NULL) - (vb == NULL);
      else
        order = strcmp (va, vb);

      if (order != 0)
        return order;
    }

  order = g_ascii_strcasecmp (pt_patient_overview_get_name (pa), pt_patient_overview_get_name (pb));
  if (order != 0)
    return order;

  return pt_patient_overview_get_id (pa) < pt_patient_overview_get_id (pb) ? -1 : 1;
}

static guint
find_position (PtPatientList *self,
               gint64         patient_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (patient_id <= 0)
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtPatientOverview) overview = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (pt_patient_overview_get_id (overview) == patient_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
update_empty_state (PtPatientList *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  /* An empty clinic is the window's business; "no results" is ours. */
  gtk_stack_set_visible_child_name (self->stack,
                                    empty && g_list_model_get_n_items (G_LIST_MODEL (self->patients)) > 0
                                    ? "empty" : "list");
}

static void
set_selected_id (PtPatientList *self,
                 gint64         patient_id)
{
  if (self->selected_id == patient_id)
    return;

  self->selected_id = patient_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
selection_changed_cb (PtPatientList *self)
{
  g_autoptr(PtPatientOverview) overview = NULL;

  overview = gtk_single_selection_get_selected_item (self->selection);
  if (overview != NULL)
    {
      g_object_ref (overview);
      set_selected_id (self, pt_patient_overview_get_id (overview));
    }
}

/* Keeps the selected patient selected when the list below it changes; a
 * patient hidden by the search stays the selected one. */
static void
restore_selection (PtPatientList *self)
{
  guint position = find_position (self, self->selected_id);

  g_signal_handlers_block_by_func (self->selection, selection_changed_cb, self);
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_handlers_unblock_by_func (self->selection, selection_changed_cb, self);
}

static void
refilter (PtPatientList       *self,
          GtkFilterChange      change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  restore_selection (self);
  update_empty_state (self);
}

static void
search_changed_cb (PtPatientList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = pt_search_fold (text);
  g_autofree char *key = *folded ? g_steal_pointer (&folded) : NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (key, self->search_key) == 0)
    return;

  if (self->search_key != NULL && key != NULL && strstr (key, self->search_key) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (key == NULL || (self->search_key != NULL && strstr (self->search_key, key) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->search_key);
  self->search_key = g_steal_pointer (&key);
  refilter (self, change);
}

/* Enter opens the first match of the text as typed: the entry's
 * search-changed comes only after a delay, so the list may still show the
 * matches of fewer letters; filter now (filtering is synchronous). */
static void
search_activated_cb (PtPatientList *self)
{
  g_autoptr(PtPatientOverview) overview = NULL;

  search_changed_cb (self);
  overview = g_list_model_get_item (G_LIST_MODEL (self->selection), 0);
  if (overview == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  g_signal_emit (self, signals[PATIENT_ACTIVATED], 0, pt_patient_overview_get_id (overview));
}

static void
search_stopped_cb (PtPatientList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
list_activated_cb (PtPatientList *self,
                   guint          position)
{
  g_autoptr(PtPatientOverview) overview = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                                 position);

  if (overview != NULL)
    g_signal_emit (self, signals[PATIENT_ACTIVATED], 0, pt_patient_overview_get_id (overview));
}

/* Computes every patient's search key while the window is idle after a
 * load, a slice at a time, so the first keystroke at 10,000 patients does
 * not pay for them. */
static gboolean
warm_search_keys_cb (gpointer user_data)
{
  PtPatientList *self = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->patients));
  guint end = MIN (self->warm_position + 1000, n);

  for (; self->warm_position < end; self->warm_position++)
    {
      g_autoptr(PtPatientOverview) overview =
        g_list_model_get_item (G_LIST_MODEL (self->patients), self->warm_position);

      get_search_key (overview);
    }

  if (self->warm_position < n)
    return G_SOURCE_CONTINUE;

  self->warm_id = 0;
  return G_SOURCE_REMOVE;
}

/* Runs at the window's next frame, before it is painted: the idle it
 * adds runs after the paint, so warming never delays the first frame
 * (while the window waits for the display server, an idle would run). */
static gboolean
start_warming_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  PtPatientList *self = PT_PATIENT_LIST (widget);

  self->warm_tick_id = 0;
  if (self->warm_id == 0)
    self->warm_id = g_idle_add_full (G_PRIORITY_LOW, warm_search_keys_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
create_row_cb (gpointer user_data)
{
  return pt_patient_row_new ();
}

static void
bind_row_cb (GtkWidget *row,
             gpointer   item,
             gpointer   user_data)
{
  pt_patient_row_set_overview (PT_PATIENT_ROW (row), item);
}

static void
pt_patient_list_dispose (GObject *object)
{
  PtPatientList *self = PT_PATIENT_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_PATIENT_LIST);
  g_clear_handle_id (&self->warm_id, g_source_remove);
  if (self->warm_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->warm_tick_id);
  self->warm_tick_id = 0;

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->patients);
  g_clear_object (&self->sorter);

  G_OBJECT_CLASS (pt_patient_list_parent_class)->dispose (object);
}

static void
pt_patient_list_finalize (GObject *object)
{
  PtPatientList *self = PT_PATIENT_LIST (object);

  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (pt_patient_list_parent_class)->finalize (object);
}

static void
pt_patient_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtPatientList *self = PT_PATIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;

    case PROP_SORT:
      g_value_set_string (value, sort_names[self->sort]);
      break;

    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The store lists patients by name already: sorting 10,000 of them again
 * at every start would cost more than loading them. Only the visit orders
 * need a sorter. */
static void
update_sorter (PtPatientList *self)
{
  gtk_sort_list_model_set_sorter (self->sorted,
                                  self->sort != PT_PATIENT_SORT_NAME
                                  ? GTK_SORTER (self->sorter) : NULL);
}

static void
set_sort (PtPatientList *self,
          const char    *name)
{
  PtPatientSort sort = PT_PATIENT_SORT_NAME;

  for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
    if (g_strcmp0 (name, sort_names[i]) == 0)
      sort = i;

  if (sort == self->sort)
    return;

  self->sort = sort;
  update_sorter (self);
  restore_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

static void
set_show_archived (PtPatientList *self,
                   gboolean       show_archived)
{
  if (show_archived == self->show_archived)
    return;

  self->show_archived = show_archived;
  refilter (self, show_archived ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ARCHIVED]);
}

static void
pt_patient_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PtPatientList *self = PT_PATIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_SORT:
      set_sort (self, g_value_get_string (value));
      break;

    case PROP_SHOW_ARCHIVED:
      set_show_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_patient_list_class_init (PtPatientListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_patient_list_dispose;
  object_class->finalize = pt_patient_list_finalize;
  object_class->get_property = pt_patient_list_get_property;
  object_class->set_property = pt_patient_list_set_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* "name" or "last-visit", so a GPropertyAction can drive it from a menu. */
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL,
                         "name",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PtPatientList::patient-activated:
   *
   * A patient was clicked, or Enter pressed in the search: show them.
   */
  signals[PATIENT_ACTIVATED] =
    g_signal_new ("patient-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PT_TYPE_VIRTUAL_LIST);
  search_key_quark = g_quark_from_static_string ("pt-patient-list-search-key");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prolotrack/ProloTrack/pt-patient-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PtPatientList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PtPatientList, stack);
  gtk_widget_class_bind_template_child (widget_class, PtPatientList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);
}

static void
pt_patient_list_init (PtPatientList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->patients = G_LIST_MODEL (g_list_store_new (PT_TYPE_PATIENT_OVERVIEW));
  /* Sort first, filter last: a keystroke then changes only the rows it
   * hides or shows, and the list view keeps the widgets of the others. */
  self->sorter = gtk_custom_sorter_new (compare_patients, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->patients)), NULL);
  self->filter = gtk_custom_filter_new (filter_patient, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);

  pt_virtual_list_set_row_funcs (self->list_view, create_row_cb, bind_row_cb, NULL);
  pt_virtual_list_set_model (self->list_view, self->selection);
}

gboolean
pt_patient_list_reload (PtPatientList  *self,
                        PtStore        *store,
                        GError        **error)
{
  g_autoptr(GListModel) overviews = NULL;

  g_return_val_if_fail (PT_IS_PATIENT_LIST (self), FALSE);
  g_return_val_if_fail (store == NULL || PT_IS_STORE (store), FALSE);

  if (store != NULL)
    {
      overviews = pt_store_list_patient_overviews (store, TRUE, error);
      if (overviews == NULL)
        return FALSE;
    }
  else
    overviews = G_LIST_MODEL (g_list_store_new (PT_TYPE_PATIENT_OVERVIEW));

  /* The store's list becomes the list's model as it is: copying 10,000
   * items into another store cost a tenth of the startup. */
  g_set_object (&self->patients, overviews);
  gtk_sort_list_model_set_model (self->sorted, self->patients);
  restore_selection (self);
  update_empty_state (self);

  self->warm_position = 0;
  if (self->warm_id == 0 && self->warm_tick_id == 0 && g_list_model_get_n_items (overviews) > 0)
    self->warm_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), start_warming_cb,
                                                       NULL, NULL);

  return TRUE;
}

gint64
pt_patient_list_get_selected_id (PtPatientList *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_LIST (self), 0);

  return self->selected_id;
}

gboolean
pt_patient_list_select (PtPatientList *self,
                        gint64         patient_id)
{
  guint position;

  g_return_val_if_fail (PT_IS_PATIENT_LIST (self), FALSE);

  set_selected_id (self, patient_id);
  position = patient_id > 0 ? find_position (self, patient_id) : GTK_INVALID_LIST_POSITION;
  restore_selection (self);

  if (position != GTK_INVALID_LIST_POSITION)
    pt_virtual_list_scroll_to (self->list_view, position);

  return patient_id == 0 || position != GTK_INVALID_LIST_POSITION;
}

void
pt_patient_list_focus_search (PtPatientList *self)
{
  g_return_if_fail (PT_IS_PATIENT_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

GListModel *
pt_patient_list_get_model (PtPatientList *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_LIST (self), NULL);

  return G_LIST_MODEL (self->selection);
}

GtkEditable *
pt_patient_list_get_search_entry (PtPatientList *self)
{
  g_return_val_if_fail (PT_IS_PATIENT_LIST (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}
