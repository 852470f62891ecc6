/* STUB — replaced by the forms branch */
#pragma once
#include <adwaita.h>
#include "pt-store.h"
G_BEGIN_DECLS
#define PT_TYPE_RECORD_EDITOR (pt_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (PtRecordEditor, pt_record_editor, PT, RECORD_EDITOR, AdwWindow)
PtRecordEditor *pt_record_editor_new (GtkWindow *parent, PtStore *store, PtRecord *record, GSettings *settings);
G_END_DECLS
