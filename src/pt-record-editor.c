/* STUB — replaced by the forms branch */
#include "config.h"
#include "pt-record-editor.h"
struct _PtRecordEditor { AdwWindow parent_instance; };
G_DEFINE_FINAL_TYPE (PtRecordEditor, pt_record_editor, ADW_TYPE_WINDOW)
static void pt_record_editor_class_init (PtRecordEditorClass *klass)
{
  g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_RECORD);
}
static void pt_record_editor_init (PtRecordEditor *self) {}
PtRecordEditor *pt_record_editor_new (GtkWindow *parent, PtStore *store, PtRecord *record, GSettings *settings)
{ return g_object_new (PT_TYPE_RECORD_EDITOR, "transient-for", parent, NULL); }
