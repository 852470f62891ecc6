/* pt-record.h: the base type of every clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_TYPE_RECORD (pt_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (PtRecord, pt_record, PT, RECORD, GObject)

/* Optional numbers: an unset optional integer is PT_NO_INT (stored as NULL),
 * an unset optional real (pain, volume) is NAN; pt_has_value() tells.
 * PT_NO_INT is a value nobody types, so a typed -1 is still refused. */
#define PT_NO_INT G_MININT64

/* A required choice (a condition's kind and side) that nobody has made
 * yet: new records start with it, so no diagnosis is saved by default.
 * It is never stored; validation asks for the choice. Read it with the
 * getters or g_object_get(); it cannot be set through a property. */
#define PT_NO_ENUM (-1)

struct _PtRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char              *table;
  const struct _PtField   *fields;
  guint                    n_fields;
  gpointer                 padding[8];
};

gint64      pt_record_get_id         (PtRecord       *self);
/* UTC timestamps (ISO 8601) set by the store; NULL before the first save. */
const char *pt_record_get_created_at (PtRecord       *self);
const char *pt_record_get_updated_at (PtRecord       *self);
/* The version of the stored row this record was read from or last saved
 * as (1 when made, one more at each change); 0 before the first save. An
 * update of an older version than the stored one is refused
 * (PT_ERROR_CONFLICT): another workstation changed the record meanwhile. */
gint64      pt_record_get_version    (PtRecord       *self);
/* A detached copy with the same field values (and id), e.g. for an editor. */
PtRecord   *pt_record_copy           (PtRecord       *self);
/* TRUE when every stored field is equal (id, timestamps and version are
 * ignored). */
gboolean    pt_record_fields_equal   (PtRecord       *a,
                                      PtRecord       *b);
/* After a conflict: @theirs (the stored record now) with the changes that
 * @mine made to @original, and @theirs' version, so saving it keeps both
 * workstations' edits. Sets @clashes, when not NULL, to the names of the
 * fields both changed, to different values (there @mine wins); NULL when
 * none did. */
PtRecord   *pt_record_rebase         (PtRecord       *mine,
                                      PtRecord       *original,
                                      PtRecord       *theirs,
                                      GStrv          *clashes);
/* TRUE when a record of this type cannot be saved without field @name,
 * so forms can mark it. */
gboolean    pt_record_is_field_required (PtRecord    *self,
                                         const char  *name);

static inline gboolean
pt_has_value (double value)
{
  return value == value; /* FALSE for NAN */
}

G_END_DECLS
