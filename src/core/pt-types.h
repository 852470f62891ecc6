/* pt-types.h: shared forward declarations and enums of the clinic record
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every enum is stored in SQLite as its GEnumValue nick ("plantar-fasciitis"),
 * so the database reads well in a spreadsheet and survives reordering here.
 * The SQL CHECK constraints in pt-schema.c list the same nicks. */

typedef enum
{
  PT_SEX_UNKNOWN,
  PT_SEX_FEMALE,
  PT_SEX_MALE,
  PT_SEX_OTHER,
} PtSex;

typedef enum
{
  PT_CONDITION_KIND_RUNNERS_KNEE,
  PT_CONDITION_KIND_ACHILLES_TENDINOPATHY,
  PT_CONDITION_KIND_HAMSTRING,
  PT_CONDITION_KIND_PLANTAR_FASCIITIS,
  PT_CONDITION_KIND_SHIN_SPLINTS,
  PT_CONDITION_KIND_ITBS,
  PT_CONDITION_KIND_STRESS_FRACTURE,
  PT_CONDITION_KIND_HEEL_PAIN,
  PT_CONDITION_KIND_OTHER,
} PtConditionKind;

typedef enum
{
  PT_SIDE_LEFT,
  PT_SIDE_RIGHT,
  PT_SIDE_BOTH,
} PtSide;

typedef enum
{
  PT_CONDITION_STATUS_ACTIVE,
  PT_CONDITION_STATUS_RESOLVED,
} PtConditionStatus;

typedef enum /*< flags >*/
{
  PT_PRIOR_TREATMENT_NONE              = 0,
  PT_PRIOR_TREATMENT_REST              = 1 << 0,
  PT_PRIOR_TREATMENT_ICE               = 1 << 1,
  PT_PRIOR_TREATMENT_NSAIDS            = 1 << 2,
  PT_PRIOR_TREATMENT_ORTHOTICS         = 1 << 3,
  PT_PRIOR_TREATMENT_NIGHT_SPLINT      = 1 << 4,
  PT_PRIOR_TREATMENT_PHYSICAL_THERAPY  = 1 << 5,
  PT_PRIOR_TREATMENT_STEROID_INJECTION = 1 << 6,
  PT_PRIOR_TREATMENT_BRACE             = 1 << 7,
  PT_PRIOR_TREATMENT_OTHER             = 1 << 8,
} PtPriorTreatment;

#define PT_PRIOR_TREATMENT_ALL ((PtPriorTreatment) ((1 << 9) - 1))

typedef enum
{
  PT_TREATMENT_DEXTROSE,
  PT_TREATMENT_PRP,
  PT_TREATMENT_PROLOZONE,
  PT_TREATMENT_NEURAL,
  PT_TREATMENT_OTHER,
} PtTreatmentType;

typedef enum
{
  PT_PAIN_CONTEXT_REST,
  PT_PAIN_CONTEXT_MORNING,
  PT_PAIN_CONTEXT_DURING_RUN,
  PT_PAIN_CONTEXT_AFTER_RUN,
  PT_PAIN_CONTEXT_OTHER,
} PtPainContext;

typedef enum
{
  PT_PAIN_SOURCE_CLINIC,
  PT_PAIN_SOURCE_PATIENT,
} PtPainSource;

typedef enum
{
  PT_SURFACE_ROAD,
  PT_SURFACE_TRAIL,
  PT_SURFACE_TRACK,
  PT_SURFACE_GRASS,
  PT_SURFACE_TREADMILL,
  PT_SURFACE_OTHER,
} PtSurface;

typedef enum
{
  PT_ACTIVITY_ELLIPTICAL,
  PT_ACTIVITY_BIKE,
  PT_ACTIVITY_POOL,
  PT_ACTIVITY_WALK,
  PT_ACTIVITY_STRENGTH,
  PT_ACTIVITY_OTHER,
} PtActivity;

typedef enum
{
  PT_DISTANCE_UNIT_KM,
  PT_DISTANCE_UNIT_MI,
} PtDistanceUnit;

/* A questionnaire or score recorded per condition (pt-measure.h). */
typedef enum
{
  PT_MEASURE_KIND_FFI,     /* Foot Function Index, Budiman-Mak 1991 */
  PT_MEASURE_KIND_VISA_A,  /* VISA-A, Robinson 2001 */
  PT_MEASURE_KIND_LEFS,    /* Lower Extremity Functional Scale, Binkley 1999 */
  PT_MEASURE_KIND_KUJALA,  /* Kujala / Anterior Knee Pain Scale, Kujala 1993 */
  PT_MEASURE_KIND_CUSTOM,  /* a clinic-defined score: the total only */
} PtMeasureKind;

/* The pain-monitoring rule of a return-to-run plan (pt-plan.h). */
typedef enum
{
  /* Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports
   * activity, using a pain-monitoring model, during rehabilitation in
   * patients with Achilles tendinopathy: a randomized controlled study.
   * Am J Sports Med 2007;35(6):897-906. Pain during the activity up to
   * 5/10; pain after it may reach 5/10 but must have settled by the next
   * morning; pain and stiffness must not increase from week to week. */
  PT_PLAN_RULE_SILBERNAGEL,
  /* The same with pain during at most 3/10 (the model's lower, "safe"
   * zone), for an irritable condition or a cautious clinic. */
  PT_PLAN_RULE_CAUTIOUS,
  /* No pain during or after the run, mornings not above their usual. */
  PT_PLAN_RULE_PAIN_FREE,
  /* Parameters the clinic set itself. */
  PT_PLAN_RULE_CUSTOM,
} PtPlanRuleKind;

typedef struct _PtStore         PtStore;
typedef struct _PtRecord        PtRecord;
typedef struct _PtPatient       PtPatient;
typedef struct _PtCondition     PtCondition;
typedef struct _PtSession       PtSession;
typedef struct _PtPainScore     PtPainScore;
typedef struct _PtRun           PtRun;
typedef struct _PtShoe          PtShoe;
typedef struct _PtCrossTraining PtCrossTraining;
typedef struct _PtOutcome       PtOutcome;
typedef struct _PtRunPlan       PtRunPlan;

/* Human-readable, translated labels for display. */
const char *pt_sex_to_label              (PtSex             sex);
const char *pt_condition_kind_to_label   (PtConditionKind   kind);
const char *pt_side_to_label             (PtSide            side);
const char *pt_condition_status_to_label (PtConditionStatus status);
const char *pt_treatment_type_to_label   (PtTreatmentType   type);
const char *pt_pain_context_to_label     (PtPainContext     context);
const char *pt_pain_source_to_label      (PtPainSource      source);
const char *pt_surface_to_label          (PtSurface         surface);
const char *pt_activity_to_label         (PtActivity        activity);
char       *pt_prior_treatments_to_label (PtPriorTreatment  treatments);

/* Nick <-> value for any enum or flags type registered by pt-enums.h.
 * Flags nicks are comma separated ("rest,orthotics"). */
const char *pt_enum_to_nick   (GType        enum_type,
                               int          value);
gboolean    pt_enum_from_nick (GType        enum_type,
                               const char  *nick,
                               int         *value);
char       *pt_flags_to_nicks (GType        flags_type,
                               guint        value);
gboolean    pt_flags_from_nicks (GType       flags_type,
                                 const char *nicks,
                                 guint      *value);
char       *pt_enum_list_nicks (GType       type);

G_END_DECLS
