/* pt-application.h: the ProloTrack application
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The GSettings schema of the app; the same for both profiles. */
#define PT_SETTINGS_SCHEMA_ID "io.github.prolotrack.ProloTrack"

#define PT_TYPE_APPLICATION (pt_application_get_type ())

G_DECLARE_FINAL_TYPE (PtApplication, pt_application, PT, APPLICATION, AdwApplication)

PtApplication *pt_application_new               (void);
/* The database file new windows open; NULL until the command line is
 * handled, then the --database option, $PROLOTRACK_DATABASE or the
 * default path. */
const char    *pt_application_get_database_path (PtApplication *self);
void           pt_application_set_database_path (PtApplication *self,
                                                 const char    *database_path);
/* Sets every accelerator of the app on @app; PtApplication does it at
 * startup, the UI tests on an application of their own. */
void           pt_application_set_accels        (GtkApplication *app);
/* The app's actions (app.preferences, app.about, app.quit) on @app: the
 * tests' application has them too. */
void           pt_application_add_actions       (GtkApplication *app);

G_END_DECLS
