/* pt-test-input.c: real keyboard and mouse input for the UI tests
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/extensions/XTest.h>

#include "pt-test-input.h"

static Display *
get_xdisplay (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  return gdk_x11_display_get_xdisplay (display);
}

void
pt_test_input_settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  XSync (get_xdisplay (), False);
  do
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (500);
    }
  while (g_get_monotonic_time () < end);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

gboolean
pt_test_input_wait_for (gboolean (*done) (gpointer data),
                        gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  XSync (get_xdisplay (), False);
  while (!done (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  return done (data);
}

void
pt_test_input_focus (GtkWindow *window)
{
  Display *dpy = get_xdisplay ();
  GdkSurface *surface;
  gint64 end;

  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  XRaiseWindow (dpy, gdk_x11_surface_get_xid (surface));
  XSetInputFocus (dpy, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);

  end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (!gtk_window_is_active (window) && g_get_monotonic_time () < end)
    pt_test_input_settle (5);
  g_assert_true (gtk_window_is_active (window));
}

/* A keycode that gives @keysym, and whether Shift is needed for it. A keysym
 * the keyboard map lacks (é on a US map) is put on a spare keycode, as
 * xdotool does. */
static KeyCode
find_keycode (KeySym    keysym,
              gboolean *shift)
{
  Display *dpy = get_xdisplay ();
  KeyCode code = XKeysymToKeycode (dpy, keysym);
  int min_code, max_code, per_code;
  KeySym *map;

  *shift = FALSE;
  if (code != 0)
    {
      *shift = XkbKeycodeToKeysym (dpy, code, 0, 0) != keysym &&
               XkbKeycodeToKeysym (dpy, code, 0, 1) == keysym;
      return code;
    }

  XDisplayKeycodes (dpy, &min_code, &max_code);
  map = XGetKeyboardMapping (dpy, min_code, max_code - min_code + 1, &per_code);
  for (int c = max_code; c >= min_code && code == 0; c--)
    {
      gboolean empty = TRUE;

      for (int i = 0; i < per_code; i++)
        empty = empty && map[(c - min_code) * per_code + i] == NoSymbol;
      if (empty)
        code = (KeyCode) c;
    }
  XFree (map);
  g_assert_cmpuint (code, !=, 0);

  {
    KeySym syms[2] = { keysym, keysym };

    XChangeKeyboardMapping (dpy, code, 2, syms, 1);
  }
  /* Let GDK read the new map before the key arrives. */
  pt_test_input_settle (30);
  return code;
}

static void
send_key (KeyCode code,
          Bool    press)
{
  XTestFakeKeyEvent (get_xdisplay (), code, press, CurrentTime);
  XSync (get_xdisplay (), False);
}

void
pt_test_input_key (guint           keyval,
                   GdkModifierType mods)
{
  Display *dpy = get_xdisplay ();
  KeyCode held[3];
  guint n_held = 0;
  gboolean shift = FALSE;
  KeyCode code = find_keycode (keyval, &shift);

  if (mods & GDK_CONTROL_MASK)
    held[n_held++] = XKeysymToKeycode (dpy, XK_Control_L);
  if (mods & GDK_ALT_MASK)
    held[n_held++] = XKeysymToKeycode (dpy, XK_Alt_L);
  if ((mods & GDK_SHIFT_MASK) || shift)
    held[n_held++] = XKeysymToKeycode (dpy, XK_Shift_L);

  for (guint i = 0; i < n_held; i++)
    send_key (held[i], True);
  send_key (code, True);
  send_key (code, False);
  for (guint i = n_held; i > 0; i--)
    send_key (held[i - 1], False);

  pt_test_input_settle (2);
}

void
pt_test_input_type (const char *text)
{
  g_return_if_fail (g_utf8_validate (text, -1, NULL));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    pt_test_input_key (gdk_unicode_to_keyval (g_utf8_get_char (p)), 0);
}

void
pt_test_input_click (GtkWidget *widget)
{
  Display *dpy = get_xdisplay ();
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t centre, in_native;
  double dx, dy;
  int root_x, root_y;
  Window child;

  g_assert_nonnull (native);
  g_assert_true (gtk_widget_get_mapped (widget));
  centre = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                gtk_widget_get_height (widget) / 2.f);
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &centre, &in_native));
  gtk_native_get_surface_transform (native, &dx, &dy);

  XTranslateCoordinates (dpy, gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (dpy), (int) (in_native.x + dx),
                         (int) (in_native.y + dy), &root_x, &root_y, &child);
  XTestFakeMotionEvent (dpy, -1, root_x, root_y, CurrentTime);
  XSync (dpy, False);
  pt_test_input_settle (5);
  XTestFakeButtonEvent (dpy, 1, True, CurrentTime);
  XSync (dpy, False);
  XTestFakeButtonEvent (dpy, 1, False, CurrentTime);
  pt_test_input_settle (5);
}

GtkWidget *
pt_test_input_get_focus (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

gboolean
pt_test_input_focus_in (GtkWindow *window,
                        GtkWidget *ancestor)
{
  GtkWidget *focus = pt_test_input_get_focus (window);

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

GdkTexture *
pt_test_input_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

guint32 *
pt_test_texture_pixels (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  guint32 *data = g_new (guint32, (gsize) width * gdk_texture_get_height (texture));

  /* Cairo's ARGB32 in native byte order: a 32-bit word per pixel. */
  gdk_texture_download (texture, (guint8 *) data, (gsize) width * 4);
  return data;
}

void
pt_test_input_save_shot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("PROLOTRACK_TEST_SHOTS");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  texture = pt_test_input_render (widget);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
