/* pt-store-generic.c: any record type, dispatched to its typed operation
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forms and undo work on PtRecord without knowing the type; each call here
 * ends in the same typed, validated write as pt_store_add_session() and
 * friends, so there is still one write path per operation.
 */

#include "config.h"

#include "pt-store-private.h"

typedef struct
{
  GType          (*get_type) (void);
  PtValidateFunc   validate;
  gint64         (*add)      (PtStore *self, PtRecord *record, GError **error);
  gboolean       (*update)   (PtStore *self, PtRecord *record, GError **error);
  gboolean       (*delete)   (PtStore *self, gint64 id, GError **error);
} PtRecordOps;

/* Typed wrappers, so every call goes through a pointer of its real type. */
#define DEFINE_OPS(name, Type) \
  static gint64 \
  add_##name (PtStore *self, PtRecord *record, GError **error) \
  { \
    return pt_store_add_##name (self, (Type *) record, error); \
  } \
  static gboolean \
  update_##name (PtStore *self, PtRecord *record, GError **error) \
  { \
    return pt_store_update_##name (self, (Type *) record, error); \
  }

DEFINE_OPS (patient, PtPatient)
DEFINE_OPS (condition, PtCondition)
DEFINE_OPS (session, PtSession)
DEFINE_OPS (pain_score, PtPainScore)
DEFINE_OPS (shoe, PtShoe)
DEFINE_OPS (run, PtRun)
DEFINE_OPS (cross_training, PtCrossTraining)
DEFINE_OPS (outcome, PtOutcome)
DEFINE_OPS (run_plan, PtRunPlan)

#define OPS(name) \
  { pt_##name##_get_type, pt_store_validate_##name##_record, \
    add_##name, update_##name, pt_store_delete_##name }

static const PtRecordOps record_ops[] = {
  OPS (patient),
  OPS (condition),
  OPS (session),
  OPS (pain_score),
  OPS (shoe),
  OPS (run),
  OPS (cross_training),
  OPS (outcome),
  OPS (run_plan),
};

static const PtRecordOps *
find_ops (PtRecord *record)
{
  GType type = G_OBJECT_TYPE (record);

  for (guint i = 0; i < G_N_ELEMENTS (record_ops); i++)
    if (record_ops[i].get_type () == type)
      return &record_ops[i];

  g_assert_not_reached ();
  return NULL;
}

PtValidateFunc
pt_store_get_validate_func (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_ops); i++)
    if (record_ops[i].get_type () == type)
      return record_ops[i].validate;

  g_return_val_if_reached (NULL);
}

gboolean
pt_store_validate (PtStore   *self,
                   PtRecord  *record,
                   GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  return pt_store_validate_checked (self, record, find_ops (record)->validate, error);
}

PtRecord *
pt_store_get_record (PtStore  *self,
                     GType     type,
                     gint64    id,
                     GError  **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, PT_TYPE_RECORD), NULL);

  return pt_store_load_record (self, type, id, error);
}

gint64
pt_store_add (PtStore   *self,
              PtRecord  *record,
              GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), 0);
  g_return_val_if_fail (PT_IS_RECORD (record), 0);

  return find_ops (record)->add (self, record, error);
}

gboolean
pt_store_update (PtStore   *self,
                 PtRecord  *record,
                 GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  return find_ops (record)->update (self, record, error);
}

gboolean
pt_store_delete (PtStore   *self,
                 PtRecord  *record,
                 GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);

  return find_ops (record)->delete (self, pt_record_get_id (record), error);
}

gboolean
pt_store_restore (PtStore   *self,
                  PtRecord  *record,
                  GError   **error)
{
  g_return_val_if_fail (PT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (pt_record_get_id (record) > 0, FALSE);

  return pt_store_restore_checked (self, record, find_ops (record)->validate, error);
}
