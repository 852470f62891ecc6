/* pt-virtual-list.c: a list that makes widgets only for the rows on screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why not GtkListView: GTK 4.8's list view keeps up to 200 row widgets
 * bound whatever the window's height, and a search keystroke that changes
 * the list rebuilds them all; at 10,000 patients that cost ~100 ms per
 * keystroke and a fifth of the startup time. Newer GTK binds only what is
 * visible; until the platform has it, this widget does the same for lists
 * of rows of one height.
 *
 * It holds as many row widgets ("slots") as fit on screen plus two. The row
 * at position P always lives in slot P % n_slots, so scrolling by one row
 * rebinds one slot and a keystroke rebinds at most a screenful. It is a
 * GtkScrollable: put it in a GtkScrolledWindow. Selection is a
 * GtkSingleSelection the caller owns; the keyboard moves it (Up, Down,
 * Page Up, Page Down, Home, End: the list.move action) and Enter, Space or a click emit
 * ::activate, as a GtkListView with single-click-activate does. The CSS
 * nodes are GtkListView's (listview > row), so its styles apply.
 */

#include "config.h"

#include "pt-virtual-list.h"

struct _PtVirtualList
{
  GtkWidget                parent_instance;

  GtkSingleSelection      *model;
  GtkAdjustment           *hadjustment;
  GtkAdjustment           *vadjustment;
  guint                    hscroll_policy : 1;
  guint                    vscroll_policy : 1;

  PtVirtualListCreateFunc  create_func;
  PtVirtualListBindFunc    bind_func;
  gpointer                 user_data;

  GPtrArray               *rows;        /* GtkWidget, one per slot */
  GPtrArray               *items;       /* the item each slot shows, owned; or NULL */
  int                      row_height;  /* 0 until a row was measured */
  guint                    scroll_to;   /* GTK_INVALID_LIST_POSITION: none pending */
  guint                    pressed;     /* position under the pointer's press */
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PtVirtualList, pt_virtual_list, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static guint
get_n_items (PtVirtualList *self)
{
  return self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

static void
bind_slot (PtVirtualList *self,
           guint          slot,
           gpointer       item)
{
  gpointer *bound = &g_ptr_array_index (self->items, slot);

  if (*bound == item)
    {
      g_object_unref (item);
      return;
    }

  g_clear_object (bound);
  *bound = item;
  if (self->bind_func != NULL)
    self->bind_func (g_ptr_array_index (self->rows, slot), item, self->user_data);
}

/* Makes slots until there are N. */
static void
ensure_slots (PtVirtualList *self,
              guint          n)
{
  while (self->rows->len < n && self->create_func != NULL)
    {
      GtkWidget *row = self->create_func (self->user_data);

      gtk_widget_set_parent (row, GTK_WIDGET (self));
      gtk_widget_set_child_visible (row, FALSE);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->items, NULL);
    }
}

/* The height of one row, from the first row showing the first item:
 * rows are of one height by contract. */
static int
measure_row_height (PtVirtualList *self,
                    int            width)
{
  int height = 0;

  if (get_n_items (self) == 0)
    return self->row_height;

  ensure_slots (self, 1);
  if (self->rows->len == 0)
    return 0;

  if (g_ptr_array_index (self->items, 0) == NULL)
    bind_slot (self, 0, g_list_model_get_item (G_LIST_MODEL (self->model), 0));
  gtk_widget_measure (g_ptr_array_index (self->rows, 0), GTK_ORIENTATION_VERTICAL,
                      width, NULL, &height, NULL, NULL);
  self->row_height = MAX (height, 1);

  return self->row_height;
}

static void
set_selected_state (GtkWidget *row,
                    gboolean   selected)
{
  gboolean was = (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0;

  if (selected == was)
    return;

  if (selected)
    gtk_widget_set_state_flags (row, GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_SELECTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

static void
value_changed_cb (PtVirtualList *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static double
clamp_value (PtVirtualList *self,
             double         value,
             int            height)
{
  double upper = (double) get_n_items (self) * self->row_height;

  return CLAMP (value, 0, MAX (upper - height, 0));
}

static void
pt_virtual_list_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (widget);
  guint n = get_n_items (self);
  guint n_slots, first, last;
  int row_height = measure_row_height (self, width);
  double value;

  if (n == 0 || row_height <= 0)
    {
      for (guint slot = 0; slot < self->rows->len; slot++)
        gtk_widget_set_child_visible (g_ptr_array_index (self->rows, slot), FALSE);
      row_height = 1;
    }

  /* Enough slots for a screenful with a row cut at each end. */
  ensure_slots (self, MIN (n, (guint) (height / row_height) + 2));
  n_slots = self->rows->len;

  value = clamp_value (self, gtk_adjustment_get_value (self->vadjustment), height);
  if (self->scroll_to != GTK_INVALID_LIST_POSITION && self->scroll_to < n)
    {
      double top = (double) self->scroll_to * row_height;

      if (top < value)
        value = top;
      else if (top + row_height > value + height)
        value = clamp_value (self, top + row_height - height, height);
    }
  self->scroll_to = GTK_INVALID_LIST_POSITION;

  g_signal_handlers_block_by_func (self->vadjustment, value_changed_cb, self);
  /* Never less than a page: GtkScrolledWindow would draw a shortfall as
   * overshoot. */
  gtk_adjustment_configure (self->vadjustment, value, 0, MAX ((double) n * row_height, height),
                            row_height, height * 0.9, height);
  g_signal_handlers_unblock_by_func (self->vadjustment, value_changed_cb, self);
  g_signal_handlers_block_by_func (self->hadjustment, value_changed_cb, self);
  gtk_adjustment_configure (self->hadjustment, 0, 0, width, width * 0.1, width * 0.9, width);
  g_signal_handlers_unblock_by_func (self->hadjustment, value_changed_cb, self);

  first = n_slots > 0 ? (guint) (value / row_height) : 0;
  last = MIN (first + n_slots, n);

  for (guint slot = 0; slot < n_slots; slot++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, slot);
      /* The position this slot shows, if it is on screen. */
      guint position = first + (slot + n_slots - first % n_slots) % n_slots;

      if (position >= last)
        {
          gtk_widget_set_child_visible (row, FALSE);
          continue;
        }

      bind_slot (self, slot, g_list_model_get_item (G_LIST_MODEL (self->model), position));
      set_selected_state (row, gtk_single_selection_get_selected (self->model) == position);
      gtk_widget_set_child_visible (row, TRUE);
      gtk_widget_size_allocate (row,
                                &(GtkAllocation) {
                                  0, (int) ((double) position * row_height - value),
                                  width, row_height
                                },
                                -1);
    }
}

static void
pt_virtual_list_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (widget);

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      int row_height = measure_row_height (self, for_size);

      *natural = (int) MIN ((gint64) get_n_items (self) * row_height, G_MAXINT / 2);
    }
  else if (get_n_items (self) > 0)
    {
      ensure_slots (self, 1);
      if (g_ptr_array_index (self->items, 0) == NULL)
        bind_slot (self, 0, g_list_model_get_item (G_LIST_MODEL (self->model), 0));
      /* Rows ellipsize: the list asks for what a row needs at least, so
       * the sidebar keeps its own width whatever the names. */
      gtk_widget_measure (g_ptr_array_index (self->rows, 0), orientation, -1,
                          minimum, NULL, NULL, NULL);
      *natural = *minimum;
    }
}

/* The position of the row at (X, Y), or GTK_INVALID_LIST_POSITION. */
static guint
position_at (PtVirtualList *self,
             double         x,
             double         y)
{
  GtkWidget *child = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  while (child != NULL && gtk_widget_get_parent (child) != GTK_WIDGET (self))
    child = gtk_widget_get_parent (child);

  for (guint slot = 0; child != NULL && slot < self->rows->len; slot++)
    {
      if (g_ptr_array_index (self->rows, slot) == child)
        {
          guint n_slots = self->rows->len;
          guint first = (guint) (gtk_adjustment_get_value (self->vadjustment) / MAX (self->row_height, 1));

          return first + (slot + n_slots - first % n_slots) % n_slots;
        }
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_position (PtVirtualList *self,
                 guint          position)
{
  gtk_single_selection_set_selected (self->model, position);
  pt_virtual_list_scroll_to (self, position);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PtVirtualList   *self)
{
  self->pressed = position_at (self, x, y);

  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PtVirtualList   *self)
{
  guint position = position_at (self, x, y);

  if (position == GTK_INVALID_LIST_POSITION || position != self->pressed || n_press > 1)
    return;

  select_position (self, position);
  g_signal_emit (self, signals[ACTIVATE], 0, position);
}

/* "(ii)": steps (rows, or pages when the second is 1) to move the selection. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *args)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (widget);
  guint n = get_n_items (self);
  guint selected;
  gint64 target;
  int steps, pages;

  if (n == 0)
    return;

  g_variant_get (args, "(ii)", &steps, &pages);
  if (pages != 0 && self->row_height > 0)
    steps *= MAX (gtk_widget_get_height (widget) / self->row_height - 1, 1);

  selected = gtk_single_selection_get_selected (self->model);
  if (selected == GTK_INVALID_LIST_POSITION)
    target = steps > 0 ? 0 : n - 1;
  else
    target = CLAMP ((gint64) selected + steps, 0, (gint64) n - 1);

  select_position (self, (guint) target);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *args)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (widget);
  guint selected = self->model != NULL ? gtk_single_selection_get_selected (self->model)
                                       : GTK_INVALID_LIST_POSITION;

  if (selected != GTK_INVALID_LIST_POSITION)
    g_signal_emit (self, signals[ACTIVATE], 0, selected);
}

static void
set_adjustment (PtVirtualList  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, value_changed_cb, self);
  g_set_object (slot, adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
items_changed_cb (PtVirtualList *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
selection_changed_cb (PtVirtualList *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
clear_rows (PtVirtualList *self)
{
  for (guint slot = 0; slot < self->rows->len; slot++)
    gtk_widget_unparent (g_ptr_array_index (self->rows, slot));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->items, 0);
  self->row_height = 0;
}

static void
pt_virtual_list_dispose (GObject *object)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (object);

  pt_virtual_list_set_model (self, NULL);
  clear_rows (self);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (pt_virtual_list_parent_class)->dispose (object);
}

static void
pt_virtual_list_finalize (GObject *object)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (object);

  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (pt_virtual_list_parent_class)->finalize (object);
}

static void
pt_virtual_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_virtual_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PtVirtualList *self = PT_VIRTUAL_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;

    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;

    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           kp_keyval,
                  int             steps,
                  int             pages)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "list.move", "(ii)", steps, pages);
  gtk_widget_class_add_binding_action (widget_class, kp_keyval, 0, "list.move", "(ii)", steps, pages);
}

static void
pt_virtual_list_class_init (PtVirtualListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_virtual_list_dispose;
  object_class->finalize = pt_virtual_list_finalize;
  object_class->get_property = pt_virtual_list_get_property;
  object_class->set_property = pt_virtual_list_set_property;

  widget_class->measure = pt_virtual_list_measure;
  widget_class->size_allocate = pt_virtual_list_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PtVirtualList::activate:
   * @position: the row's position in the model
   *
   * A row was clicked, or Enter or Space pressed on the selected row.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * PtVirtualList|list.move:
   * @steps: rows to move the selection by, or pages with @pages 1
   *
   * Moves the selection and scrolls to it, as the arrow keys do.
   */
  gtk_widget_class_install_action (widget_class, "list.move", "(ii)", move_action);
  /**
   * PtVirtualList|list.activate-selected:
   *
   * Emits ::activate for the selected row, as Enter does.
   */
  gtk_widget_class_install_action (widget_class, "list.activate-selected", NULL, activate_action);

  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, -1, 1);
  add_move_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 1, 1);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, G_MININT / 2, 0);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, G_MAXINT / 2, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "list.activate-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "list.activate-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "list.activate-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "list.activate-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "list.activate-selected", NULL);

  gtk_widget_class_set_css_name (widget_class, "listview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
pt_virtual_list_init (PtVirtualList *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->rows = g_ptr_array_new ();
  self->items = g_ptr_array_new_with_free_func (unref_item);
  self->scroll_to = GTK_INVALID_LIST_POSITION;
  self->pressed = GTK_INVALID_LIST_POSITION;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
pt_virtual_list_new (void)
{
  return g_object_new (PT_TYPE_VIRTUAL_LIST, NULL);
}

/**
 * pt_virtual_list_set_row_funcs:
 *
 * How rows are made and filled. Set before the model; rows made earlier
 * are dropped.
 */
void
pt_virtual_list_set_row_funcs (PtVirtualList           *self,
                               PtVirtualListCreateFunc  create_func,
                               PtVirtualListBindFunc    bind_func,
                               gpointer                 user_data)
{
  g_return_if_fail (PT_IS_VIRTUAL_LIST (self));

  clear_rows (self);
  self->create_func = create_func;
  self->bind_func = bind_func;
  self->user_data = user_data;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
pt_virtual_list_set_model (PtVirtualList      *self,
                           GtkSingleSelection *model)
{
  g_return_if_fail (PT_IS_VIRTUAL_LIST (self));
  g_return_if_fail (model == NULL || GTK_IS_SINGLE_SELECTION (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, selection_changed_cb, self);
    }

  g_set_object (&self->model, model);
  for (guint slot = 0; slot < self->items->len; slot++)
    g_clear_object (&g_ptr_array_index (self->items, slot));

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
      g_signal_connect_swapped (model, "selection-changed", G_CALLBACK (selection_changed_cb), self);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkSingleSelection *
pt_virtual_list_get_model (PtVirtualList *self)
{
  g_return_val_if_fail (PT_IS_VIRTUAL_LIST (self), NULL);

  return self->model;
}

/**
 * pt_virtual_list_scroll_to:
 *
 * Scrolls as little as needed to show the row at POSITION, at the next
 * layout.
 */
void
pt_virtual_list_scroll_to (PtVirtualList *self,
                           guint          position)
{
  g_return_if_fail (PT_IS_VIRTUAL_LIST (self));

  self->scroll_to = position;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * pt_virtual_list_get_n_row_widgets:
 *
 * How many row widgets the list has made: about a screenful, whatever the
 * model's length.
 */
guint
pt_virtual_list_get_n_row_widgets (PtVirtualList *self)
{
  g_return_val_if_fail (PT_IS_VIRTUAL_LIST (self), 0);

  return self->rows->len;
}

/**
 * pt_virtual_list_get_row_widget:
 *
 * The widget showing the row at POSITION, or NULL when it is off screen.
 */
GtkWidget *
pt_virtual_list_get_row_widget (PtVirtualList *self,
                                guint          position)
{
  guint n_slots, slot;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (PT_IS_VIRTUAL_LIST (self), NULL);

  n_slots = self->rows->len;
  if (n_slots == 0 || position >= get_n_items (self))
    return NULL;

  slot = position % n_slots;
  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (g_ptr_array_index (self->items, slot) != item ||
      !gtk_widget_get_child_visible (g_ptr_array_index (self->rows, slot)))
    return NULL;

  return g_ptr_array_index (self->rows, slot);
}
