/* pt-measure-defs.c: the questionnaires, their items and their published rules
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Item labels are short paraphrases, not the questionnaires' wording (which
 * is copyrighted): enough for a clinician holding the form to find the item.
 * Every rule and threshold names its source next to it; a rule we chose
 * ourselves because the source gives none says so. The same facts are in
 * each kind's translatable source string, which the UI shows.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pt-measure-private.h"

/* Foot Function Index, original version: Budiman-Mak E, Conrad KJ, Roach KE.
 * The Foot Function Index: a measure of foot pain and disability. J Clin
 * Epidemiol 1991;44:561-570. 23 items in three subscales: pain (items 1-9),
 * disability (10-18), activity limitation (19-23).
 *
 * Version: the 0-10 numeric rating of each item (the form the Shirley Ryan
 * AbilityLab rehabilitation measures summary describes as the current one,
 * total over 230), not the original visual analogue lines; a VAS mark read
 * off in whole centimetres gives the same numbers. So answers are whole
 * numbers 0 (no pain, no difficulty) to 10 (worst pain, so difficult it
 * needs help).
 *
 * Scoring (Budiman-Mak 1991, as summarised by the SRA Lab page and by the
 * PROM review of PMC9851710, table 2): a subscale is the sum of its answered
 * items divided by the most those items could score, times 100; items the
 * patient marks not applicable are left out of both. The total is the same
 * over all answered items (sum / (10 x answered) x 100). The "alternative"
 * total, the mean of the three subscales, is not used.
 *
 * Missing items: the sources we could read give no limit on how many items
 * may be not applicable. ProloTrack's rule: at most half of a subscale's
 * items (pain 4 of 9, disability 4 of 9, activity limitation 2 of 5); a
 * subscale past that has no score, and neither has the total. */
#define FFI_ITEM(n, sub, text) \
  { n, text, sub, 0, 10, 1, NULL, 0 }

static const PtMeasureItem ffi_items[] = {
  FFI_ITEM (1, 0, N_("Pain at its worst")),
  FFI_ITEM (2, 0, N_("Pain on the first steps in the morning")),
  FFI_ITEM (3, 0, N_("Pain walking barefoot")),
  FFI_ITEM (4, 0, N_("Pain standing barefoot")),
  FFI_ITEM (5, 0, N_("Pain walking in shoes")),
  FFI_ITEM (6, 0, N_("Pain standing in shoes")),
  FFI_ITEM (7, 0, N_("Pain walking in shoes with insoles")),
  FFI_ITEM (8, 0, N_("Pain standing in shoes with insoles")),
  FFI_ITEM (9, 0, N_("Pain at the end of the day")),
  FFI_ITEM (10, 1, N_("Difficulty walking in the house")),
  FFI_ITEM (11, 1, N_("Difficulty walking outside")),
  FFI_ITEM (12, 1, N_("Difficulty walking four blocks")),
  FFI_ITEM (13, 1, N_("Difficulty climbing stairs")),
  FFI_ITEM (14, 1, N_("Difficulty going down stairs")),
  FFI_ITEM (15, 1, N_("Difficulty standing on tiptoe")),
  FFI_ITEM (16, 1, N_("Difficulty getting up from a chair")),
  FFI_ITEM (17, 1, N_("Difficulty climbing curbs")),
  FFI_ITEM (18, 1, N_("Difficulty walking fast")),
  FFI_ITEM (19, 2, N_("Walking aid needed indoors")),
  FFI_ITEM (20, 2, N_("Walking aid needed outdoors")),
  FFI_ITEM (21, 2, N_("Staying inside because of the feet")),
  FFI_ITEM (22, 2, N_("Staying in bed because of the feet")),
  FFI_ITEM (23, 2, N_("Activities limited by the feet")),
};

/* Minimal important differences for the original FFI in plantar fasciitis
 * (175 patients of two trials, anchor "a little change"): pain 12,
 * disability 7, total 7 points. Landorf KB, Radford JA. Minimal important
 * difference: values for the Foot Health Status Questionnaire, Foot
 * Function Index and Visual Analogue Scale. The Foot 2008;18:15-19. The
 * study gives none for the activity limitation subscale. */
static const PtMeasureSubscale ffi_subscales[] = {
  { N_("Pain"), 4, 12.0 },
  { N_("Disability"), 4, 7.0 },
  { N_("Activity limitation"), 2, NAN },
};

/* VISA-A: Robinson JM, Cook JL, Purdam C, et al. The VISA-A questionnaire:
 * a valid and reliable index of the clinical severity of Achilles
 * tendinopathy. Br J Sports Med 2001;35:335-341. Questions 1-7 score 0-10,
 * question 8 up to 30 (verified: the paper's abstract and the Physiopedia
 * VISA-A page); total 0-100, 100 = no symptoms (abstract).
 *
 * Questions 1-6 are 0-10 scales marked in whole points. Question 7 and
 * the parts of question 8 give points per answer; those per-answer points
 * (7: 0, 4, 7, 10; 8A: 0, 7, 14, 21, 30; 8B: 0, 4, 10, 14, 20; 8C: 0, 2, 5,
 * 7, 10) are the published form's as we know it, but no stored page let us
 * check them: NOT VERIFIED here. Question 8 is answered in one part only
 * (A: no pain during loading sport, B: pain but no need to stop, C: pain
 * that stops it); the answer recorded is its points, so the allowed values
 * are the union of the three parts.
 *
 * Missing answers: Robinson 2001 gives no rule we could find: every
 * question must be answered (the strict rule). */
static const PtMeasureOption visa_q7_options[] = {
  { 0, N_("No sport or physical activity") },
  { 4, N_("Modified training or competition") },
  { 7, N_("Full training, below the level before symptoms") },
  { 10, N_("Competing at the level before symptoms or higher") },
};

static const PtMeasureOption visa_q8_options[] = {
  { 0, N_("A (no pain): none") },
  { 7, N_("A (no pain): 1–10 min") },
  { 14, N_("A (no pain): 11–20 min") },
  { 21, N_("A (no pain): 21–30 min") },
  { 30, N_("A (no pain): over 30 min") },
  { 0, N_("B (pain, not stopping): none") },
  { 4, N_("B (pain, not stopping): 1–10 min") },
  { 10, N_("B (pain, not stopping): 11–20 min") },
  { 14, N_("B (pain, not stopping): 21–30 min") },
  { 20, N_("B (pain, not stopping): over 30 min") },
  { 0, N_("C (pain stops it): none") },
  { 2, N_("C (pain stops it): 1–10 min") },
  { 5, N_("C (pain stops it): 11–20 min") },
  { 7, N_("C (pain stops it): 21–30 min") },
  { 10, N_("C (pain stops it): over 30 min") },
};

static const PtMeasureItem visa_a_items[] = {
  { 1, N_("Morning stiffness (10 = none)"), 0, 0, 10, 1, NULL, 0 },
  { 2, N_("Pain stretching the tendon over a step"), 0, 0, 10, 1, NULL, 0 },
  { 3, N_("Pain after 30 minutes of walking on the flat"), 0, 0, 10, 1, NULL, 0 },
  { 4, N_("Pain walking downstairs"), 0, 0, 10, 1, NULL, 0 },
  { 5, N_("Pain during single-leg heel raises"), 0, 0, 10, 1, NULL, 0 },
  { 6, N_("Single-leg hops without pain"), 0, 0, 10, 1, NULL, 0 },
  { 7, N_("Current sport or physical activity"), 0, 0, 10, 0,
    visa_q7_options, G_N_ELEMENTS (visa_q7_options) },
  { 8, N_("Time in Achilles-loading sport"), 0, 0, 30, 0,
    visa_q8_options, G_N_ELEMENTS (visa_q8_options) },
};

/* LEFS: Binkley JM, Stratford PW, Lott SA, Riddle DL. The Lower Extremity
 * Functional Scale (LEFS): scale development, measurement properties, and
 * clinical application. Phys Ther 1999;79:371-383. 20 items, each 0
 * (extreme difficulty or unable) to 4 (no difficulty); total = sum, 0-80,
 * higher is better. Minimal clinically important difference 9 points (90 %
 * CI), same paper (abstract verified).
 *
 * Missing items: the paper's abstract and the scoring summaries we could
 * read give no rule; we found no published guidance to cite, so every item
 * must be answered (the strict rule). */
#define LEFS_ITEM(n, text) \
  { n, text, 0, 0, 4, 1, NULL, 0 }

static const PtMeasureItem lefs_items[] = {
  LEFS_ITEM (1, N_("Usual work, housework or school")),
  LEFS_ITEM (2, N_("Usual hobbies, recreation or sport")),
  LEFS_ITEM (3, N_("Getting into or out of the bath")),
  LEFS_ITEM (4, N_("Walking between rooms")),
  LEFS_ITEM (5, N_("Putting on shoes or socks")),
  LEFS_ITEM (6, N_("Squatting")),
  LEFS_ITEM (7, N_("Lifting a bag of shopping from the floor")),
  LEFS_ITEM (8, N_("Light work around the home")),
  LEFS_ITEM (9, N_("Heavy work around the home")),
  LEFS_ITEM (10, N_("Getting into or out of a car")),
  LEFS_ITEM (11, N_("Walking two blocks")),
  LEFS_ITEM (12, N_("Walking a mile")),
  LEFS_ITEM (13, N_("Going up or down a flight of stairs")),
  LEFS_ITEM (14, N_("Standing for an hour")),
  LEFS_ITEM (15, N_("Sitting for an hour")),
  LEFS_ITEM (16, N_("Running on even ground")),
  LEFS_ITEM (17, N_("Running on uneven ground")),
  LEFS_ITEM (18, N_("Sharp turns while running fast")),
  LEFS_ITEM (19, N_("Hopping")),
  LEFS_ITEM (20, N_("Rolling over in bed")),
};

/* Kujala score / Anterior Knee Pain Scale: Kujala UM, Jaakkola LH, Koskinen
 * SK, et al. Scoring of patellofemoral disorders. Arthroscopy 1993;9:159-163.
 * 13 items; each answer is worth the points printed beside it; total = sum,
 * 0-100, higher is better. The points per answer are those of the table in
 * J Orthop 2023;42:54-62 (PMC10362729, table "undtbl2"), which reproduces
 * the 1993 scale. (One online calculator gives 2 for a constant limp and 1
 * for squatting with partial weight bearing; the table gives 0 and 2 and
 * its maxima add to 100, so we follow it.)
 *
 * Missing items: Kujala 1993 gives no rule we could find: every item must be
 * answered (the strict rule).
 *
 * Minimal clinically important difference 10 points (out of 100): Crossley
 * KM, Bennell KL, Cowan SM, Green S. Analysis of outcome measures for
 * persons with patellofemoral pain: which are reliable and valid? Arch
 * Phys Med Rehabil 2004;85:815-822 (abstract verified). */
static const PtMeasureOption kujala_limp[] = {
  { 5, N_("None") }, { 3, N_("Slight or now and then") }, { 0, N_("Constant") },
};
static const PtMeasureOption kujala_support[] = {
  { 5, N_("Full weight without pain") }, { 3, N_("Painful") },
  { 0, N_("Weight bearing impossible") },
};
static const PtMeasureOption kujala_walking[] = {
  { 5, N_("Unlimited") }, { 3, N_("More than 2 km") }, { 2, N_("1–2 km") },
  { 0, N_("Unable") },
};
static const PtMeasureOption kujala_stairs[] = {
  { 10, N_("No difficulty") }, { 8, N_("Slight pain going down") },
  { 5, N_("Pain going down and up") }, { 0, N_("Unable") },
};
static const PtMeasureOption kujala_squatting[] = {
  { 5, N_("No difficulty") }, { 4, N_("Painful when repeated") },
  { 3, N_("Painful each time") }, { 2, N_("Only with partial weight") },
  { 0, N_("Unable") },
};
static const PtMeasureOption kujala_running[] = {
  { 10, N_("No difficulty") }, { 8, N_("Pain after more than 2 km") },
  { 6, N_("Slight pain from the start") }, { 3, N_("Severe pain") },
  { 0, N_("Unable") },
};
static const PtMeasureOption kujala_jumping[] = {
  { 10, N_("No difficulty") }, { 7, N_("Slight difficulty") },
  { 2, N_("Constant pain") }, { 0, N_("Unable") },
};
static const PtMeasureOption kujala_sitting[] = {
  { 10, N_("No difficulty") }, { 8, N_("Pain after exercise") },
  { 6, N_("Constant pain") }, { 4, N_("Must straighten the knees now and then") },
  { 0, N_("Unable") },
};
static const PtMeasureOption kujala_pain[] = {
  { 10, N_("None") }, { 8, N_("Slight and occasional") },
  { 6, N_("Disturbs sleep") }, { 3, N_("Severe now and then") },
  { 0, N_("Constant and severe") },
};
static const PtMeasureOption kujala_swelling[] = {
  { 10, N_("None") }, { 8, N_("After hard exertion") },
  { 6, N_("After daily activities") }, { 4, N_("Every evening") },
  { 0, N_("Constant") },
};
static const PtMeasureOption kujala_kneecap[] = {
  { 10, N_("None") }, { 6, N_("Now and then in sport") },
  { 4, N_("Now and then in daily activities") },
  { 2, N_("At least one documented dislocation") },
  { 0, N_("More than two dislocations") },
};
static const PtMeasureOption kujala_three[] = {
  { 5, N_("None") }, { 3, N_("Slight") }, { 0, N_("Severe") },
};

#define KUJALA_ITEM(n, text, max, opts) \
  { n, text, 0, 0, max, 0, opts, G_N_ELEMENTS (opts) }

static const PtMeasureItem kujala_items[] = {
  KUJALA_ITEM (1, N_("Limp"), 5, kujala_limp),
  KUJALA_ITEM (2, N_("Bearing weight"), 5, kujala_support),
  KUJALA_ITEM (3, N_("Walking"), 5, kujala_walking),
  KUJALA_ITEM (4, N_("Stairs"), 10, kujala_stairs),
  KUJALA_ITEM (5, N_("Squatting"), 5, kujala_squatting),
  KUJALA_ITEM (6, N_("Running"), 10, kujala_running),
  KUJALA_ITEM (7, N_("Jumping"), 10, kujala_jumping),
  KUJALA_ITEM (8, N_("Long sitting with the knees bent"), 10, kujala_sitting),
  KUJALA_ITEM (9, N_("Pain"), 10, kujala_pain),
  KUJALA_ITEM (10, N_("Swelling"), 10, kujala_swelling),
  KUJALA_ITEM (11, N_("Painful abnormal kneecap movements"), 10, kujala_kneecap),
  KUJALA_ITEM (12, N_("Thigh muscle wasting"), 5, kujala_three),
  KUJALA_ITEM (13, N_("Loss of knee bend"), 5, kujala_three),
};

static const PtMeasureDef defs[] = {
  [PT_MEASURE_KIND_FFI] = {
    .name = N_("Foot Function Index"),
    .short_name = N_("FFI"),
    .score_name = N_("Foot Function Index"),
    .subject = N_("Your foot function"),
    .reference = N_("Budiman-Mak 1991; important change: Landorf 2008"),
    .source = N_("Foot Function Index (original), Budiman-Mak E, Conrad KJ, Roach KE, "
                 "J Clin Epidemiol 1991;44:561–570: 23 items rated 0–10 (the numeric "
                 "version), in the subscales pain (9 items), disability (9) and activity "
                 "limitation (5). Each subscale and the total are the sum of the answered "
                 "items over the most they could score, as a percentage; lower is better. "
                 "Items marked not applicable are left out. At most 4 pain, 4 disability "
                 "and 2 activity items may be left out: this limit is ProloTrack’s, the "
                 "authors give none. Minimal important difference in plantar fasciitis: "
                 "total 7, pain 12, disability 7 points (Landorf KB, Radford JA, The Foot "
                 "2008;18:15–19)."),
    .items = ffi_items,
    .n_items = G_N_ELEMENTS (ffi_items),
    .subscales = ffi_subscales,
    .n_subscales = G_N_ELEMENTS (ffi_subscales),
    .max_missing = 4 + 4 + 2,
    .min = 0,
    .max = 100,
    .higher_is_better = FALSE,
    .mcid = 7.0,  /* total FFI, Landorf & Radford 2008 */
    .percent = TRUE,
  },
  [PT_MEASURE_KIND_VISA_A] = {
    .name = N_("Victorian Institute of Sport Assessment – Achilles (VISA-A)"),
    .short_name = N_("VISA-A"),
    .score_name = N_("VISA-A score"),
    .subject = N_("Your Achilles tendon"),
    .reference = N_("Robinson 2001; important change: McCormack 2015"),
    .source = N_("VISA-A, Robinson JM, Cook JL, Purdam C et al., Br J Sports Med "
                 "2001;35:335–341: 8 questions, 1 to 7 scored 0–10 and 8 up to 30 (one "
                 "of its parts A, B or C); the total is their sum, 0–100, higher is "
                 "better. Every question must be answered: the authors give no rule for "
                 "missing answers. Minimal clinically important difference 6.5 points "
                 "(McCormack J et al., Int J Sports Phys Ther 2015;10:639–644, insertional "
                 "Achilles tendinopathy; not checked against the paper)."),
    .items = visa_a_items,
    .n_items = G_N_ELEMENTS (visa_a_items),
    .max_missing = 0,  /* no rule in Robinson 2001: strict */
    .min = 0,
    .max = 100,
    .higher_is_better = TRUE,
    /* McCormack J, Underwood F, Slaven E, Cappaert T. The minimum
     * clinically important difference on the VISA-A and LEFS for patients
     * with insertional Achilles tendinopathy. Int J Sports Phys Ther
     * 2015;10:639-644: 6.5 points. NOT VERIFIED: no stored page had the
     * paper; the Physiopedia Achilles toolkit quotes 15.4 without a study
     * we could check. */
    .mcid = 6.5,
    .percent = FALSE,
  },
  [PT_MEASURE_KIND_LEFS] = {
    .name = N_("Lower Extremity Functional Scale"),
    .short_name = N_("LEFS"),
    .score_name = N_("LEFS score"),
    .subject = N_("Your leg function"),
    .reference = N_("Binkley 1999, scoring and important change"),
    .source = N_("Lower Extremity Functional Scale, Binkley JM, Stratford PW, Lott SA, "
                 "Riddle DL, Phys Ther 1999;79:371–383: 20 items scored 0–4; the total "
                 "is their sum, 0–80, higher is better. Every item must be answered: "
                 "ProloTrack found no published rule for missing items. Minimal "
                 "clinically important difference 9 points (same study)."),
    .items = lefs_items,
    .n_items = G_N_ELEMENTS (lefs_items),
    .max_missing = 0,  /* no published rule found: strict */
    .min = 0,
    .max = 80,
    .higher_is_better = TRUE,
    .mcid = 9.0,  /* Binkley 1999 */
    .percent = FALSE,
  },
  [PT_MEASURE_KIND_KUJALA] = {
    .name = N_("Anterior Knee Pain Scale (Kujala)"),
    .short_name = N_("Kujala"),
    .score_name = N_("Kujala knee score"),
    .subject = N_("Your knee"),
    .reference = N_("Kujala 1993; important change: Crossley 2004"),
    .source = N_("Anterior Knee Pain Scale (Kujala score), Kujala UM, Jaakkola LH, "
                 "Koskinen SK et al., Arthroscopy 1993;9:159–163: 13 items, each answer "
                 "worth the points printed beside it; the total is their sum, 0–100, "
                 "higher is better. Every item must be answered: the authors give no "
                 "rule for missing items. Minimal clinically important difference 10 "
                 "points (Crossley KM, Bennell KL, Cowan SM, Green S, Arch Phys Med "
                 "Rehabil 2004;85:815–822)."),
    .items = kujala_items,
    .n_items = G_N_ELEMENTS (kujala_items),
    .max_missing = 0,  /* no rule in Kujala 1993: strict */
    .min = 0,
    .max = 100,
    .higher_is_better = TRUE,
    .mcid = 10.0,  /* Crossley 2004 */
    .percent = FALSE,
  },
};

const PtMeasureDef *
pt_measure_def_get (PtMeasureKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (defs) || defs[kind].name == NULL)
    return NULL;
  return &defs[kind];
}
