/* pt-record.c: the base type of every clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-record-private.h"

typedef struct
{
  gint64  id;
  char   *created_at;
  char   *updated_at;
  gint64  version;     /* the stored row's, 0 before the first save */
} PtRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PtRecord, pt_record, G_TYPE_OBJECT)

static gboolean
field_is_string (const PtField *field)
{
  return field->kind == PT_FIELD_TEXT || field->kind == PT_FIELD_DATE;
}

static void
set_field_defaults (PtRecord *self)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PtField *field = &klass->fields[i];

      /* Unset until given, so a missing required number is caught. */
      if (field->kind == PT_FIELD_REAL)
        *PT_FIELD_PTR (self, field, double) = NAN;
      else if (field->kind == PT_FIELD_INT)
        *PT_FIELD_PTR (self, field, gint64) = PT_NO_INT;
      /* A required choice is not made for the clinician. */
      else if (field->kind == PT_FIELD_ENUM && (field->flags & PT_FIELD_REQUIRED))
        *PT_FIELD_PTR (self, field, int) = PT_NO_ENUM;
    }
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (object);
  const PtField *field;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &klass->fields[prop_id - 1];
  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      g_value_set_int64 (value, *PT_FIELD_PTR (object, field, gint64));
      break;
    case PT_FIELD_REAL:
      g_value_set_double (value, *PT_FIELD_PTR (object, field, double));
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      g_value_set_string (value, *PT_FIELD_PTR (object, field, char *));
      break;
    case PT_FIELD_BOOL:
      g_value_set_boolean (value, *PT_FIELD_PTR (object, field, gboolean));
      break;
    case PT_FIELD_ENUM:
      g_value_set_enum (value, *PT_FIELD_PTR (object, field, int));
      break;
    case PT_FIELD_FLAGS:
      g_value_set_flags (value, *PT_FIELD_PTR (object, field, guint));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (object);
  const PtField *field;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &klass->fields[prop_id - 1];
  {
    g_auto(GValue) old = G_VALUE_INIT;

    g_value_init (&old, G_PARAM_SPEC_VALUE_TYPE (pspec));
    field_get_property (object, prop_id, &old, pspec);
    if (g_param_values_cmp (pspec, &old, value) == 0 &&
        !(field->kind == PT_FIELD_REAL &&
          isnan (g_value_get_double (&old)) != isnan (g_value_get_double (value))))
      return;
  }

  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      *PT_FIELD_PTR (object, field, gint64) = g_value_get_int64 (value);
      break;
    case PT_FIELD_REAL:
      *PT_FIELD_PTR (object, field, double) = g_value_get_double (value);
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      {
        char **slot = PT_FIELD_PTR (object, field, char *);
        g_free (*slot);
        *slot = g_value_dup_string (value);
      }
      break;
    case PT_FIELD_BOOL:
      *PT_FIELD_PTR (object, field, gboolean) = g_value_get_boolean (value);
      break;
    case PT_FIELD_ENUM:
      *PT_FIELD_PTR (object, field, int) = g_value_get_enum (value);
      break;
    case PT_FIELD_FLAGS:
      *PT_FIELD_PTR (object, field, guint) = g_value_get_flags (value);
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_notify_by_pspec (object, pspec);
}

static GParamSpec *
param_spec_for_field (const PtField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                            G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;

  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case PT_FIELD_REAL:
      /* LAX: NAN (unset) must pass g_object_set(); GLib's range check
       * refuses it otherwise. */
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                  flags | G_PARAM_LAX_VALIDATION);
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    case PT_FIELD_BOOL:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case PT_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->get_type (), 0, flags);
    case PT_FIELD_FLAGS:
      return g_param_spec_flags (field->name, NULL, NULL, field->get_type (), 0, flags);
    default:
      g_assert_not_reached ();
    }
}

static void
pt_record_constructed (GObject *object)
{
  G_OBJECT_CLASS (pt_record_parent_class)->constructed (object);

  set_field_defaults (PT_RECORD (object));
}

static void
pt_record_finalize (GObject *object)
{
  PtRecord *self = PT_RECORD (object);
  PtRecordPrivate *priv = pt_record_get_instance_private (self);
  PtRecordClass *klass = PT_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (field_is_string (&klass->fields[i]))
      g_clear_pointer (PT_FIELD_PTR (self, &klass->fields[i], char *), g_free);

  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);

  G_OBJECT_CLASS (pt_record_parent_class)->finalize (object);
}

static void
pt_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtRecordPrivate *priv = pt_record_get_instance_private (PT_RECORD (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, priv->version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_record_class_init (PtRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pt_record_constructed;
  object_class->finalize = pt_record_finalize;
  object_class->get_property = pt_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_record_init (PtRecord *self)
{
}

void
pt_record_class_set_fields (PtRecordClass *klass,
                            const char    *table,
                            const PtField *fields,
                            guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->table = table;
  klass->fields = fields;
  klass->n_fields = n_fields;

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (object_class, i + 1, param_spec_for_field (&fields[i]));
}

const PtField *
pt_record_get_fields (PtRecord *self,
                      guint    *n_fields)
{
  PtRecordClass *klass = PT_RECORD_GET_CLASS (self);

  *n_fields = klass->n_fields;
  return klass->fields;
}

const PtField *
pt_record_class_find_field (PtRecordClass *klass,
                            const char    *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return &klass->fields[i];

  return NULL;
}

gboolean
pt_record_is_field_required (PtRecord   *self,
                             const char *name)
{
  const PtField *field;

  g_return_val_if_fail (PT_IS_RECORD (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  field = pt_record_class_find_field (PT_RECORD_GET_CLASS (self), name);
  return field != NULL && (field->flags & PT_FIELD_REQUIRED) != 0;
}

const char *
pt_record_get_table (PtRecord *self)
{
  return PT_RECORD_GET_CLASS (self)->table;
}

gint64
pt_record_get_id (PtRecord *self)
{
  PtRecordPrivate *priv;

  g_return_val_if_fail (PT_IS_RECORD (self), 0);

  priv = pt_record_get_instance_private (self);
  return priv->id;
}

const char *
pt_record_get_created_at (PtRecord *self)
{
  PtRecordPrivate *priv;

  g_return_val_if_fail (PT_IS_RECORD (self), NULL);

  priv = pt_record_get_instance_private (self);
  return priv->created_at;
}

const char *
pt_record_get_updated_at (PtRecord *self)
{
  PtRecordPrivate *priv;

  g_return_val_if_fail (PT_IS_RECORD (self), NULL);

  priv = pt_record_get_instance_private (self);
  return priv->updated_at;
}

gint64
pt_record_get_version (PtRecord *self)
{
  PtRecordPrivate *priv;

  g_return_val_if_fail (PT_IS_RECORD (self), 0);

  priv = pt_record_get_instance_private (self);
  return priv->version;
}

void
pt_record_set_version (PtRecord *self,
                       gint64    version)
{
  PtRecordPrivate *priv = pt_record_get_instance_private (self);

  if (priv->version != version)
    {
      priv->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}

void
pt_record_set_id (PtRecord *self,
                  gint64    id)
{
  PtRecordPrivate *priv = pt_record_get_instance_private (self);

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

static void
replace_timestamp (PtRecord    *self,
                   char       **slot,
                   const char  *value,
                   int          prop)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
pt_record_set_timestamps (PtRecord   *self,
                          const char *created_at,
                          const char *updated_at)
{
  PtRecordPrivate *priv = pt_record_get_instance_private (self);

  replace_timestamp (self, &priv->created_at, created_at, PROP_CREATED_AT);
  replace_timestamp (self, &priv->updated_at, updated_at, PROP_UPDATED_AT);
}

void
pt_record_set_string (PtRecord   *self,
                      const char *name,
                      const char *value)
{
  const PtField *field = pt_record_class_find_field (PT_RECORD_GET_CLASS (self), name);
  char **slot;

  g_return_if_fail (field != NULL && field_is_string (field));

  slot = PT_FIELD_PTR (self, field, char *);
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify (G_OBJECT (self), name);
}

/* Sets @field of @dest to @source's value. */
static void
copy_field (PtRecord      *dest,
            PtRecord      *source,
            const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      *PT_FIELD_PTR (dest, field, gint64) = *PT_FIELD_PTR (source, field, gint64);
      break;
    case PT_FIELD_REAL:
      *PT_FIELD_PTR (dest, field, double) = *PT_FIELD_PTR (source, field, double);
      break;
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      g_free (*PT_FIELD_PTR (dest, field, char *));
      *PT_FIELD_PTR (dest, field, char *) = g_strdup (*PT_FIELD_PTR (source, field, char *));
      break;
    case PT_FIELD_BOOL:
    case PT_FIELD_ENUM:
      *PT_FIELD_PTR (dest, field, int) = *PT_FIELD_PTR (source, field, int);
      break;
    case PT_FIELD_FLAGS:
      *PT_FIELD_PTR (dest, field, guint) = *PT_FIELD_PTR (source, field, guint);
      break;
    default:
      g_assert_not_reached ();
    }
}

PtRecord *
pt_record_copy (PtRecord *self)
{
  PtRecordPrivate *priv;
  PtRecordClass *klass;
  PtRecord *copy;

  g_return_val_if_fail (PT_IS_RECORD (self), NULL);

  priv = pt_record_get_instance_private (self);
  klass = PT_RECORD_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    copy_field (copy, self, &klass->fields[i]);

  pt_record_set_id (copy, priv->id);
  pt_record_set_timestamps (copy, priv->created_at, priv->updated_at);
  pt_record_set_version (copy, priv->version);

  return copy;
}

static gboolean
strings_equal (const char *a,
               const char *b)
{
  return g_strcmp0 (a != NULL && *a ? a : NULL, b != NULL && *b ? b : NULL) == 0;
}

static gboolean
field_equal (PtRecord      *a,
             PtRecord      *b,
             const PtField *field)
{
  switch (field->kind)
    {
    case PT_FIELD_REF:
    case PT_FIELD_INT:
      return *PT_FIELD_PTR (a, field, gint64) == *PT_FIELD_PTR (b, field, gint64);
    case PT_FIELD_REAL:
      {
        double x = *PT_FIELD_PTR (a, field, double);
        double y = *PT_FIELD_PTR (b, field, double);

        return (isnan (x) && isnan (y)) || x == y;
      }
    case PT_FIELD_TEXT:
    case PT_FIELD_DATE:
      return strings_equal (*PT_FIELD_PTR (a, field, char *), *PT_FIELD_PTR (b, field, char *));
    case PT_FIELD_BOOL:
      return !*PT_FIELD_PTR (a, field, gboolean) == !*PT_FIELD_PTR (b, field, gboolean);
    case PT_FIELD_ENUM:
      return *PT_FIELD_PTR (a, field, int) == *PT_FIELD_PTR (b, field, int);
    case PT_FIELD_FLAGS:
      return *PT_FIELD_PTR (a, field, guint) == *PT_FIELD_PTR (b, field, guint);
    default:
      g_assert_not_reached ();
    }
}

gboolean
pt_record_fields_equal (PtRecord *a,
                        PtRecord *b)
{
  PtRecordClass *klass;

  g_return_val_if_fail (PT_IS_RECORD (a) && PT_IS_RECORD (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = PT_RECORD_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!field_equal (a, b, &klass->fields[i]))
      return FALSE;

  return TRUE;
}

PtRecord *
pt_record_rebase (PtRecord  *mine,
                  PtRecord  *original,
                  PtRecord  *theirs,
                  GStrv     *clashes)
{
  g_autoptr(GStrvBuilder) clashed = g_strv_builder_new ();
  PtRecordClass *klass;
  PtRecord *rebased;
  guint n_clashes = 0;

  g_return_val_if_fail (PT_IS_RECORD (mine) && PT_IS_RECORD (original) && PT_IS_RECORD (theirs),
                        NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (mine) == G_OBJECT_TYPE (original) &&
                        G_OBJECT_TYPE (mine) == G_OBJECT_TYPE (theirs), NULL);

  klass = PT_RECORD_GET_CLASS (mine);
  rebased = pt_record_copy (theirs);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PtField *field = &klass->fields[i];

      if (field_equal (mine, original, field))
        continue;  /* not changed here: theirs stays */
      if (!field_equal (theirs, original, field) && !field_equal (theirs, mine, field))
        {
          g_strv_builder_add (clashed, field->name);
          n_clashes++;
        }
      copy_field (rebased, mine, field);
    }

  if (clashes != NULL)
    *clashes = n_clashes > 0 ? g_strv_builder_end (clashed) : NULL;
  return rebased;
}
