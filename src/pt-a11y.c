/* pt-a11y.c: what GTK 4.8 tells assistive technology, corrected
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button whose label has a mnemonic by its raw label and,
 * through the labelled-by relation it adds, by its label's text: a screen
 * reader says "underscore Save Save" for "_Save". The buttons of every
 * window, of libadwaita's view switchers and message dialogs included, drop
 * the raw label, so the text alone names them, again whenever the label
 * changes; a stack switcher's button, named by its page's mnemonic title
 * alone, is named by the text of its label.
 * The shortcuts window's icon-only search button gets a name too.
 * tests/test-a11y.py reads the names through AT-SPI.
 */

#include "config.h"

#include "pt-a11y.h"

#define NAMED_KEY "pt-a11y-named"

/* A GtkStackSwitcher's button (the shortcuts window's pages "_1", "_2")
 * shows a mnemonic label it was given as its child. */
static GtkLabel *
mnemonic_child (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);

  if (gtk_button_get_label (button) == NULL && GTK_IS_LABEL (child)
      && gtk_label_get_use_underline (GTK_LABEL (child)))
    return GTK_LABEL (child);
  return NULL;
}

static void
update_button_name (GtkButton *button)
{
  GtkLabel *child = mnemonic_child (button);

  if (child != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (child), -1);
  else if (gtk_button_get_label (button) != NULL && gtk_button_get_use_underline (button))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
button_label_changed_cb (GtkButton *button)
{
  update_button_name (button);
}

static void
name_button (GtkButton *button)
{
  if (g_object_get_data (G_OBJECT (button), NAMED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (button), NAMED_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "notify::label", G_CALLBACK (button_label_changed_cb), NULL);
  g_signal_connect (button, "notify::use-underline", G_CALLBACK (button_label_changed_cb), NULL);
  if ((gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
      || mnemonic_child (button) != NULL)
    update_button_name (button);
}

/* The shortcuts window's search button shows an icon and nothing else; its
 * name is GTK's own words for the search (GTK's translations). */
static void
name_shortcuts_search (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *image = GTK_IS_TOGGLE_BUTTON (child)
                         ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;

      if (GTK_IS_IMAGE (image)
          && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), "edit-find-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        g_dgettext ("gtk40", "Search Shortcuts"), -1);
      else
        name_shortcuts_search (child);
    }
}

/* Every button under @root (itself included). */
void
pt_a11y_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    name_button (GTK_BUTTON (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pt_a11y_name_mnemonic_buttons (child);
}

static gboolean
window_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_WINDOW (object))
    pt_a11y_name_mnemonic_buttons (GTK_WIDGET (object));
  if (GTK_IS_SHORTCUTS_WINDOW (object))
    name_shortcuts_search (GTK_WIDGET (object));
  return TRUE;
}

/* Names the buttons of every window as it is mapped (the app's startup). */
void
pt_a11y_install_window_hook (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      guint signal_id;

      /* The signal exists once the class does; it is never freed. */
      g_type_class_ref (GTK_TYPE_WINDOW);
      signal_id = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (signal_id, 0, window_mapped_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
