/* pt-virtual-list.h: a list that makes widgets only for the rows on screen
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_VIRTUAL_LIST (pt_virtual_list_get_type ())

G_DECLARE_FINAL_TYPE (PtVirtualList, pt_virtual_list, PT, VIRTUAL_LIST, GtkWidget)

/* Makes one row widget; its CSS name should be "row", as GtkListView's are. */
typedef GtkWidget *(*PtVirtualListCreateFunc) (gpointer user_data);
/* Shows ITEM in ROW, a widget the create function made. */
typedef void       (*PtVirtualListBindFunc)   (GtkWidget *row,
                                               gpointer   item,
                                               gpointer   user_data);

GtkWidget *pt_virtual_list_new             (void);
void       pt_virtual_list_set_row_funcs   (PtVirtualList           *self,
                                            PtVirtualListCreateFunc  create_func,
                                            PtVirtualListBindFunc    bind_func,
                                            gpointer                 user_data);
void       pt_virtual_list_set_model       (PtVirtualList           *self,
                                            GtkSingleSelection      *model);
GtkSingleSelection *
           pt_virtual_list_get_model       (PtVirtualList           *self);
void       pt_virtual_list_scroll_to       (PtVirtualList           *self,
                                            guint                    position);
guint      pt_virtual_list_get_n_row_widgets (PtVirtualList         *self);
GtkWidget *pt_virtual_list_get_row_widget  (PtVirtualList           *self,
                                            guint                    position);

G_END_DECLS
