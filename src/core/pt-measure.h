/* pt-measure.h: outcome questionnaires, their published scoring and the analysis of change
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions, no storage. Each instrument (PtMeasureKind) has a fixed
 * list of items with the answers they allow, a scoring rule, a direction,
 * a range, a rule for missing items and a minimal clinically important
 * difference (MCID), each with the study it comes from (the comments in
 * pt-measure-defs.c, and pt_measure_kind_get_source () for the UI).
 *
 * Answers are given as doubles, one per item in item order, NAN for an
 * item left blank (or, for the FFI, marked not applicable). For items with
 * listed options (Kujala, VISA-A questions 7 and 8) the answer is the
 * points of the chosen option, as printed on the form.
 *
 * A clinic-defined score (PT_MEASURE_KIND_CUSTOM) has no items: its
 * definition (PtMeasureCustom) gives the name, range and direction, and
 * only the total is recorded.
 */

#pragma once

#include <glib.h>

#include "pt-types.h"

G_BEGIN_DECLS

#define PT_MEASURE_MAX_SUBSCALES 3

typedef struct
{
  double      value;  /* the points the option gives */
  const char *label;  /* short English label, marked N_(): translate with _() */
} PtMeasureOption;

typedef struct
{
  guint                  number;     /* 1-based, as on the form */
  const char            *label;      /* short English label, N_() */
  guint                  subscale;   /* index into the kind's subscales; 0 without */
  double                 min;        /* lowest allowed answer */
  double                 max;        /* highest allowed answer */
  double                 step;       /* answers are min + k * step; 0: any value */
  const PtMeasureOption *options;    /* NULL: any value min..max on @step */
  guint                  n_options;
} PtMeasureItem;

typedef struct
{
  const char *label;        /* "Pain", N_() */
  guint       max_missing;  /* items of this subscale that may be missing */
  double      mcid;         /* in the subscale's points; NAN when none published */
} PtMeasureSubscale;

/* The scale a total lives on: what the analysis of change needs. */
typedef struct
{
  double   min;
  double   max;
  gboolean higher_is_better;
  double   mcid;   /* NAN: no published MCID (a clinic score without one) */
  gboolean percent;  /* the total is a percentage (FFI) */
} PtMeasureScale;

typedef struct
{
  double total;
  guint  n_subscales;                          /* 3 for the FFI, else 0 */
  double subscales[PT_MEASURE_MAX_SUBSCALES];  /* in the order of the kind's subscales */
  guint  n_missing;                            /* items left out of the score */
} PtMeasureScore;

/* A clinic-defined score. */
typedef struct
{
  const char *name;
  double      min;
  double      max;
  gboolean    higher_is_better;
  double      mcid;  /* the clinic's own threshold; NAN for none */
} PtMeasureCustom;

/* The instruments. For PT_MEASURE_KIND_CUSTOM: no items, no subscales,
 * get_range/get_mcid/is_higher_better describe nothing (FALSE / NAN): use
 * the PtMeasureCustom. */
const char              *pt_measure_kind_get_name         (PtMeasureKind kind);
const char              *pt_measure_kind_get_short_name   (PtMeasureKind kind);
const char              *pt_measure_kind_get_source       (PtMeasureKind kind);
/* The source in a few words, for a form: "Budiman-Mak 1991; important
 * change: Landorf 2008". */
const char              *pt_measure_kind_get_reference    (PtMeasureKind kind);
guint                    pt_measure_kind_get_n_items      (PtMeasureKind kind);
const PtMeasureItem     *pt_measure_kind_get_item         (PtMeasureKind kind,
                                                           guint         index);
guint                    pt_measure_kind_get_n_subscales  (PtMeasureKind kind);
const PtMeasureSubscale *pt_measure_kind_get_subscale     (PtMeasureKind kind,
                                                           guint         index);
/* Items that may be missing for a valid total (for the FFI: per subscale,
 * see pt_measure_kind_get_subscale). */
guint                    pt_measure_kind_get_max_missing  (PtMeasureKind kind);
gboolean                 pt_measure_kind_is_higher_better (PtMeasureKind kind);
gboolean                 pt_measure_kind_get_range        (PtMeasureKind kind,
                                                           double       *min,
                                                           double       *max);
double                   pt_measure_kind_get_mcid         (PtMeasureKind kind);
gboolean                 pt_measure_kind_get_scale        (PtMeasureKind   kind,
                                                           PtMeasureScale *scale);
PtMeasureKind            pt_measure_kind_for_condition    (PtConditionKind condition);

/* Whether @value is an answer @item allows (not NAN). */
gboolean                 pt_measure_item_allows           (const PtMeasureItem *item,
                                                           double               value);

/* Validates every answer and the missing-item rule, then fills @out.
 * PT_ERROR_INVALID with field "item-N" naming the first bad item, or
 * field "items" when too many are missing. Not for PT_MEASURE_KIND_CUSTOM. */
gboolean                 pt_measure_score                 (PtMeasureKind   kind,
                                                           const double   *answers,
                                                           guint           n_answers,
                                                           PtMeasureScore *out,
                                                           GError        **error);

/* A clinic-defined score: its definition (field "name", "min", "max",
 * "mcid"), and a total on it (field "total"). */
gboolean                 pt_measure_custom_validate       (const PtMeasureCustom *custom,
                                                           GError               **error);
gboolean                 pt_measure_custom_score          (const PtMeasureCustom *custom,
                                                           double                 total,
                                                           PtMeasureScore        *out,
                                                           GError               **error);
void                     pt_measure_custom_get_scale      (const PtMeasureCustom *custom,
                                                           PtMeasureScale        *scale);

/* Change from baseline, in the measure's direction. */
typedef enum
{
  PT_MEASURE_CHANGE_WORSE_IMPORTANT,   /* worse by the MCID or more */
  PT_MEASURE_CHANGE_WORSE,             /* worse, by less than the MCID */
  PT_MEASURE_CHANGE_NONE,              /* the same total */
  PT_MEASURE_CHANGE_BETTER,            /* better, by less than the MCID */
  PT_MEASURE_CHANGE_BETTER_IMPORTANT,  /* better by the MCID or more */
} PtMeasureChangeClass;

typedef struct
{
  double               baseline;
  double               latest;
  double               improvement;          /* points; positive = better, whichever way better is */
  double               percent_of_baseline;  /* improvement / baseline * 100; NAN when baseline is 0 */
  double               percent_of_range;     /* improvement / (max - min) * 100 */
  gboolean             has_mcid;
  gboolean             reaches_mcid;         /* improvement >= MCID */
  PtMeasureChangeClass change_class;         /* without an MCID: never *_IMPORTANT */
} PtMeasureChange;

void                     pt_measure_change_compute        (const PtMeasureScale *scale,
                                                           double                baseline,
                                                           double                latest,
                                                           PtMeasureChange      *out);

/* One sentence for the patient, translated: "Your foot function improved:
 * your Foot Function Index went from 48 % to 12 % (lower is better)."
 * @custom is used (and required) for PT_MEASURE_KIND_CUSTOM only. */
char                    *pt_measure_describe_change       (PtMeasureKind          kind,
                                                           const PtMeasureCustom *custom,
                                                           double                 baseline,
                                                           double                 latest);

G_END_DECLS
