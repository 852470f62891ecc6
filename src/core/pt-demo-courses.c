/* pt-demo-courses.c: the demo clinic's patients after the reference case
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One course per patient (see pt-demo-private.h). Days count from the first
 * session, which is always a Wednesday (clinic day: runs keep off it). The
 * mix covers every condition of DOMAIN.md, the four treatment types, the
 * three sites, fast and slow responders, one who did not improve, one who
 * relapsed after ramping mileage too fast, an archived patient, a patient
 * with two conditions, and three with more than a year of running.
 */

#include "config.h"

#include <math.h>

#include "pt-demo-private.h"

#define REST       PT_PRIOR_TREATMENT_REST
#define ICE        PT_PRIOR_TREATMENT_ICE
#define NSAIDS     PT_PRIOR_TREATMENT_NSAIDS
#define ORTHOTICS  PT_PRIOR_TREATMENT_ORTHOTICS
#define SPLINT     PT_PRIOR_TREATMENT_NIGHT_SPLINT
#define PHYSIO     PT_PRIOR_TREATMENT_PHYSICAL_THERAPY
#define STEROID    PT_PRIOR_TREATMENT_STEROID_INJECTION
#define BRACE      PT_PRIOR_TREATMENT_BRACE
#define END        PT_DEMO_UNTIL_END

#define LONDON     "London"
#define MANCHESTER "Manchester"
#define BEDFORD    "Bedford"

const PtDemoCourse pt_demo_courses[] = {
  /* Fast responder with almost two years of running, marathon build included. */
  {
    .person = { "PT-0002", "Zoë Ångström", "1979-02-11", PT_SEX_FEMALE,
                "+44 7700 900231\nzoe.angstrom@example.org",
                "Swedish-born club runner (Salford Harriers), marathon in 3:21. "
                "Switched to minimal shoes in autumn 2024." },
    .first_session = "2025-03-12",
    .conditions = { {
      PT_CONDITION_KIND_ACHILLES_TENDINOPATHY, PT_SIDE_RIGHT, "2025-01-06",
      PT_CONDITION_STATUS_RESOLVED, REST | ICE | NSAIDS | PHYSIO,
      "Mid-portion Achilles tendinosis, 4 cm above the insertion; thickened on ultrasound. "
      "Started after a fast switch to minimal shoes.",
      { { -60, 6 }, { -20, 6.5 }, { 0, 6.5 }, { 21, 4.5 }, { 42, 3 }, { 63, 1.5 },
        { 150, 1 }, PT_DEMO_POINTS_END },
      -60, END, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 20% with 0.5% lidocaine", 20, 4, 5,
                   "Achilles tendon mid-portion, paratenon", "Dr James Whitaker", MANCHESTER,
                   "No running for 4 weeks; bike or pool 30-45 minutes. "
                   "Eccentric heel drops 3 x 15 twice a day.",
                   4, 21 },
    .phases = {
      { -98, -64, 30, 36, 5, 0 },
      { -63, 34, 0, 0, 0, 4 },
      { 35, 160, 8, 28, 5, 2 },
      { 161, 440, 30, 45, 5, 1 },
      { 441, END, 40, 36, 5, 1 },
    },
    .shoes = { { "Vivobarefoot Primus Lite", -200, "Minimal shoe; stopped on advice" },
               { "Hoka Clifton 9", 30, "5 mm drop during the return to running" },
               { "Saucony Ride 17", 300, NULL } },
    .cross_mix = "bps",
    .pace = 320,
  },
  /* Slow responder: PRP into both knees. */
  {
    .person = { "PT-0003", "王芳", "1990-09-23", PT_SEX_FEMALE,
                "+44 7700 900318\nwang.fang@example.org",
                "Prefers appointments after 18:00. Runs on the Regent’s Canal towpath." },
    .first_session = "2025-09-17",
    .conditions = { {
      PT_CONDITION_KIND_RUNNERS_KNEE, PT_SIDE_BOTH, "2025-03-01",
      PT_CONDITION_STATUS_ACTIVE, REST | NSAIDS | BRACE | PHYSIO,
      "Patellofemoral pain in both knees, worse going down stairs; chondromalacia patellae "
      "grade II on MRI (left). Weak hip abductors.",
      { { -28, 6.5 }, { 0, 6.5 }, { 42, 6 }, { 84, 5.5 }, { 126, 4.5 }, { 210, 3.5 },
        { 300, 3 }, PT_DEMO_POINTS_END },
      -28, END, 10,
    } },
    .treatment = { PT_TREATMENT_PRP, "Leukocyte-poor PRP, 4 mL per knee", NAN, 8, 4,
                   "Patellofemoral joint (intra-articular) and lateral retinaculum, both knees",
                   "Dr Samuel Osei", LONDON,
                   "Relative rest for a week, then quadriceps and gluteal strengthening; "
                   "no running until stairs hurt less than 3 out of 10.",
                   3, 42 },
    .phases = {
      { -28, 69, 0, 0, 0, 3 },
      { 70, 230, 6, 15, 3, 2 },
      { 231, END, 15, 20, 4, 2 },
    },
    .shoes = { { "ASICS Gel-Kayano 30", 60, NULL } },
    .cross_mix = "ebs",
    .pace = 390,
  },
  /* Did not improve: pain flat through four sessions. */
  {
    .person = { "PT-0004", "محمد الأحمد", "1975-12-02", PT_SEX_MALE,
                "+44 7700 900455",
                "Taxi driver, long hours sitting. Did not improve after four sessions; "
                "referred for MRI and a surgical opinion." },
    .first_session = "2026-05-13",
    .conditions = { {
      PT_CONDITION_KIND_HAMSTRING, PT_SIDE_LEFT, "2025-10-20",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | NSAIDS | PHYSIO | STEROID,
      "Proximal hamstring tendinopathy: pain at the sit bone when sitting and running uphill. "
      "Quadriceps much stronger than hamstrings.",
      { { -21, 6 }, { 0, 6 }, { 28, 6 }, { 56, 6.5 }, { 84, 6 }, { 120, 6 },
        { 186, 6 }, PT_DEMO_POINTS_END },
      -21, END, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 25% with 1% lidocaine", 25, 5, 4,
                   "Proximal hamstring origin, ischial tuberosity (ultrasound guided)",
                   "Dr Aoife Byrne", BEDFORD,
                   "No hill running, no stretching into pain; isometric bridges daily; "
                   "a cushion for driving.",
                   4, 28 },
    .phases = {
      { -21, 48, 0, 0, 0, 3 },
      { 49, END, 9, 10, 3, 2 },
    },
    .shoes = { { "New Balance 880v13", -100, NULL } },
    .cross_mix = "bw",
    .pace = 400,
  },
  /* Relapse: back to 45 km a week within six weeks of returning. */
  {
    .person = { "PT-0005", "Tom Brennan", "1988-04-30", PT_SEX_MALE,
                "+44 7700 900562\ntom.brennan@example.org",
                "Ramped to 45 km a week within 6 weeks of returning, for a spring marathon; "
                "the ITB pain came back in May." },
    .first_session = "2026-02-11",
    .conditions = { {
      PT_CONDITION_KIND_ITBS, PT_SIDE_RIGHT, "2025-11-10",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | NSAIDS | PHYSIO,
      "Lateral knee pain from 5 km into runs; overpronation, weak gluteus medius.",
      { { 0, 6.5 }, { 21, 4.5 }, { 42, 2 }, { 63, 2.5 }, { 84, 4.5 }, { 105, 6 },
        { 150, 5 }, { 277, 4 } },
      -21, END, 7,
    } },
    .treatment = { PT_TREATMENT_PROLOZONE, "Ozone 20 µg/mL with 1% procaine", NAN, 10, 6,
                   "Iliotibial band over the lateral femoral epicondyle, Gerdy’s tubercle",
                   "Dr James Whitaker", MANCHESTER,
                   "Build back by at most 10 % a week; hip abductor strengthening.",
                   3, 21 },
    .phases = {
      { -21, 27, 0, 0, 0, 3 },
      { 28, 83, 10, 45, 5, 1 },
      { 84, 160, 8, 8, 2, 3 },
      { 161, END, 10, 18, 3, 2 },
    },
    .shoes = { { "Nike Pegasus 40", -150, NULL },
               { "Brooks Adrenaline GTS 23", 90, "Stability shoe after the relapse" } },
    .cross_mix = "be",
    .pace = 300,
  },
  /* Fast responder, shin splints in both legs. */
  {
    .person = { "PT-0006", "Aisha Bello", "1996-07-19", PT_SEX_FEMALE,
                "+44 7700 900613\naisha.bello@example.org",
                "University 800 m runner moving up to 10 km. Flat feet." },
    .first_session = "2026-06-10",
    .conditions = { {
      PT_CONDITION_KIND_SHIN_SPLINTS, PT_SIDE_BOTH, "2026-03-01",
      PT_CONDITION_STATUS_RESOLVED, REST | ICE | ORTHOTICS,
      "Medial tibial stress syndrome, tender along the lower third of both inner shins; "
      "MRI: no stress fracture.",
      { { -14, 6 }, { 0, 6 }, { 21, 3.5 }, { 42, 2 }, { 60, 1.5 }, { 158, 1 },
        PT_DEMO_POINTS_END },
      -14, END, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 12.5% with 0.5% lidocaine", 12.5, 6, 8,
                   "Posteromedial tibial border (periosteum) and soleus origin, both legs",
                   "Dr Aoife Byrne", BEDFORD,
                   "Run on grass or a track, not concrete; calf raises 3 x 20.",
                   3, 21 },
    .phases = {
      { -14, 18, 0, 0, 0, 4 },
      { 19, END, 8, 30, 4, 1 },
    },
    .shoes = { { "Saucony Guide 16", 15, "With the orthotics" } },
    .cross_mix = "pe",
    .pace = 340,
  },
  /* Two conditions: a metatarsal stress fracture in 2025, then the Achilles. */
  {
    .person = { "PT-0007", "Siobhán Ní Bhriain", "1985-03-08", PT_SEX_FEMALE,
                "+44 7700 900744\nsiobhan.nibhriain@example.org",
                "Masters cross-country runner; two injuries in a year. "
                "Low vitamin D in 2025 (38 nmol/L), now supplemented." },
    .first_session = "2026-01-14",
    .conditions = {
      {
        PT_CONDITION_KIND_ACHILLES_TENDINOPATHY, PT_SIDE_LEFT, "2025-11-03",
        PT_CONDITION_STATUS_ACTIVE, REST | ICE | SPLINT | PHYSIO,
        "Insertional Achilles tendinopathy with a Haglund’s bump; a heel raise helps.",
        { { -56, 5.5 }, { 0, 6 }, { 42, 4.5 }, { 84, 3 }, { 150, 2.5 }, { 305, 2 },
          PT_DEMO_POINTS_END },
        -56, END, 10,
      },
      {
        PT_CONDITION_KIND_STRESS_FRACTURE, PT_SIDE_RIGHT, "2025-04-14",
        PT_CONDITION_STATUS_RESOLVED, REST | BRACE,
        "Second metatarsal stress fracture, confirmed on MRI; walking boot for 6 weeks. "
        "Ramped from 28 to 40 km a week over the winter.",
        { { -275, 7 }, { -250, 4 }, { -220, 2 }, { -190, 0.5 }, PT_DEMO_POINTS_END },
        -275, -185, 7,
      },
    },
    .treatment = { PT_TREATMENT_PRP, "Leukocyte-poor PRP", NAN, 3, 3,
                   "Achilles insertion (posterior calcaneus), avoiding the retrocalcaneal bursa",
                   "Dr Priya Raman", LONDON,
                   "No running for 3 weeks; heel raise in both shoes; isometric calf holds.",
                   3, 35 },
    .phases = {
      { -364, -276, 28, 40, 5, 0 },
      { -275, -190, 0, 0, 0, 4 },
      { -189, -70, 8, 30, 4, 1 },
      { -69, 18, 0, 0, 0, 4 },
      { 19, END, 6, 30, 4, 2 },
    },
    .shoes = { { "Brooks Ghost 15", -400, NULL },
               { "Hoka Mach 5", -180, NULL },
               { "On Cloudmonster", 19, "Higher heel drop for the Achilles" } },
    .cross_mix = "pbs",
    .pace = 310,
  },
  /* Slow responder: nerve irritation at the heel, neural therapy. */
  {
    .person = { "PT-0008", "Raj Patel", "1969-11-27", PT_SEX_MALE,
                "+44 7700 900871",
                "parkrun regular (Bushy Park). Type 2 diabetes, well controlled." },
    .first_session = "2026-07-01",
    .conditions = { {
      PT_CONDITION_KIND_HEEL_PAIN, PT_SIDE_RIGHT, "2025-12-15",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | NSAIDS | ORTHOTICS | SPLINT | STEROID,
      "Burning medial heel pain, worse at the end of the day: irritation of the inferior "
      "calcaneal (Baxter’s) nerve. Plantar fascia normal on ultrasound; mild overpronation.",
      { { -28, 7 }, { 0, 7 }, { 28, 6.5 }, { 56, 5.5 }, { 98, 4.5 }, { 137, 3.5 },
        PT_DEMO_POINTS_END },
      -28, END, 7,
    } },
    .treatment = { PT_TREATMENT_NEURAL, "Procaine 1%", 1, 2, 3,
                   "Inferior calcaneal nerve course, medial heel; "
                   "tibial nerve at the tarsal tunnel",
                   "Dr Samuel Osei", LONDON,
                   "Keep walking; no barefoot on hard floors; nerve glides daily.",
                   5, 14 },
    .phases = {
      { -28, 69, 0, 0, 0, 3 },
      { 70, END, 6, 10, 3, 2 },
    },
    .shoes = { { "ASICS GT-2000 12", 60, NULL } },
    .cross_mix = "bw",
    .pace = 420,
  },
  /* Fast responder after two PRP injections. */
  {
    .person = { "PT-0009", "Grzegorz Wójcik", "1981-08-05", PT_SEX_MALE,
                "+44 7700 900926\ngrzegorz.wojcik@example.org",
                "Works night shifts at the airport; appointments on Wednesday mornings." },
    .first_session = "2025-11-05",
    .conditions = { {
      PT_CONDITION_KIND_PLANTAR_FASCIITIS, PT_SIDE_RIGHT, "2025-05-20",
      PT_CONDITION_STATUS_RESOLVED, REST | ICE | ORTHOTICS | SPLINT | STEROID,
      "Plantar fasciosis, fascia 6.1 mm thick on ultrasound. One steroid injection in "
      "August 2025 helped for 6 weeks.",
      { { -21, 7 }, { 0, 7 }, { 42, 3 }, { 90, 1.5 }, { 200, 1 }, PT_DEMO_POINTS_END },
      -21, END, 10,
    } },
    .treatment = { PT_TREATMENT_PRP, "Leukocyte-rich PRP", NAN, 3, 3,
                   "Plantar fascia origin, medial calcaneal tubercle (ultrasound guided)",
                   "Dr Hannah Lewis", MANCHESTER,
                   "Walking boot for a week, then walking; plantar fascia stretch before the "
                   "first steps of the day.",
                   2, 42 },
    .phases = {
      { -21, 36, 0, 0, 0, 4 },
      { 37, 200, 8, 35, 4, 2 },
      { 201, END, 35, 35, 5, 1 },
    },
    .shoes = { { "Adidas Adizero Boston 12", -300, NULL },
               { "Hoka Arahi 7", 30, NULL } },
    .cross_mix = "eb",
    .pace = 300,
  },
  /* Discharged in 2025 and archived. */
  {
    .person = { "PT-0010", "Kwame Mensah", "1992-01-16", PT_SEX_MALE,
                "+44 7700 900104",
                "Discharged in September 2025, pain free; moved to Leeds.", TRUE },
    .first_session = "2025-04-09",
    .conditions = { {
      PT_CONDITION_KIND_SHIN_SPLINTS, PT_SIDE_LEFT, "2025-01-15",
      PT_CONDITION_STATUS_RESOLVED, REST | ICE | ORTHOTICS,
      "Medial tibial stress syndrome of the dominant (left) leg; tender bumps along the "
      "inner shin. Most running on concrete.",
      { { -14, 5.5 }, { 0, 5.5 }, { 28, 3 }, { 56, 1.5 }, { 100, 0.5 }, PT_DEMO_POINTS_END },
      -14, 150, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 15% with 0.5% lidocaine", 15, 5, 6,
                   "Posteromedial tibial border, left", "Dr Priya Raman", LONDON,
                   "Grass and trail only for 6 weeks.",
                   3, 28 },
    .phases = {
      { -14, 27, 0, 0, 0, 3 },
      { 28, 150, 8, 25, 4, 1 },
    },
    .shoes = { { "Mizuno Wave Inspire 19", 20, NULL } },
    .cross_mix = "pb",
    .pace = 330,
  },
  /* Fast responder with a year and a half of running since. */
  {
    .person = { "PT-0011", "Lucía Fernández", "1987-10-30", PT_SEX_FEMALE,
                "+44 7700 900117\nlucia.fernandez@example.org",
                "Physiotherapist; training for the Valencia Marathon in December 2026." },
    .first_session = "2025-06-18",
    .conditions = { {
      PT_CONDITION_KIND_ITBS, PT_SIDE_LEFT, "2025-03-10",
      PT_CONDITION_STATUS_RESOLVED, REST | ICE | NSAIDS | PHYSIO,
      "Lateral knee pain running downhill; weak hip abductors, cambered roads.",
      { { -28, 6 }, { 0, 6 }, { 21, 3.5 }, { 42, 2 }, { 70, 1 }, { 200, 0.5 },
        PT_DEMO_POINTS_END },
      -28, END, 10,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 15% with 0.5% lidocaine", 15, 6, 6,
                   "Iliotibial band at the lateral femoral epicondyle", "Dr Aoife Byrne", BEDFORD,
                   "No cambered roads or long descents for now; side-lying hip abduction 3 x 15.",
                   3, 21 },
    .phases = {
      { -28, 27, 0, 0, 0, 4 },
      { 28, 180, 10, 38, 5, 2 },
      { 181, 420, 38, 46, 5, 1 },
      { 421, END, 40, 50, 5, 1 },
    },
    .shoes = { { "Nike Pegasus 40", -200, NULL },
               { "Brooks Glycerin 21", 150, NULL },
               { "Nike Pegasus 41", 380, NULL } },
    .cross_mix = "ebs",
    .pace = 315,
  },
  /* Slow responder, both Achilles. */
  {
    .person = { "PT-0012", "Oliver Grant", "1972-05-21", PT_SEX_MALE,
                "+44 7700 900128\noliver.grant@example.org",
                "Started running at 50 (couch to 5K); hill repeats in old shoes." },
    .first_session = "2026-04-08",
    .conditions = { {
      PT_CONDITION_KIND_ACHILLES_TENDINOPATHY, PT_SIDE_BOTH, "2025-09-01",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | NSAIDS | ORTHOTICS | PHYSIO,
      "Mid-portion Achilles tendinopathy in both legs, right worse. BMI 31.",
      { { -28, 7 }, { 0, 7 }, { 42, 6.5 }, { 84, 5.5 }, { 140, 4.5 }, { 221, 4 },
        PT_DEMO_POINTS_END },
      -28, END, 7,
    } },
    .treatment = { PT_TREATMENT_PRP, "Leukocyte-poor PRP, both tendons", NAN, 6, 6,
                   "Achilles tendon mid-portion, both legs", "Dr Hannah Lewis", MANCHESTER,
                   "Heel drops daily; bike instead of running for 6 weeks; "
                   "lose weight gradually.",
                   3, 42 },
    .phases = {
      { -28, 90, 0, 0, 0, 4 },
      { 91, END, 6, 14, 3, 3 },
    },
    .shoes = { { "Hoka Bondi 8", 80, NULL } },
    .cross_mix = "bp",
    .pace = 430,
  },
  /* Steady responder, hamstring. */
  {
    .person = { "PT-0013", "Fatima Zahra Idrissi", "1998-02-14", PT_SEX_FEMALE,
                "+44 7700 900139\nfatima.idrissi@example.org",
                "Medical student; former 400 m hurdler moving to road running." },
    .first_session = "2026-08-12",
    .conditions = { {
      PT_CONDITION_KIND_HAMSTRING, PT_SIDE_RIGHT, "2026-03-15",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | PHYSIO,
      "Proximal hamstring tendinopathy after speed work; pain at the sit bone in lectures.",
      { { -21, 6 }, { 0, 6 }, { 28, 4.5 }, { 56, 3.5 }, { 95, 3 }, PT_DEMO_POINTS_END },
      -21, END, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 20% with 0.5% lidocaine", 20, 4, 4,
                   "Proximal hamstring origin, ischial tuberosity (ultrasound guided)",
                   "Dr Samuel Osei", LONDON,
                   "No sprints or hills; Nordic curl progression; a cushion when sitting.",
                   3, 28 },
    .phases = {
      { -21, 34, 0, 0, 0, 3 },
      { 35, END, 8, 14, 3, 2 },
    },
    .shoes = { { "Nike Vomero 17", 30, NULL } },
    .cross_mix = "be",
    .pace = 330,
  },
  /* Fast responder at 62. */
  {
    .person = { "PT-0014", "Ewan MacLeod", "1964-09-09", PT_SEX_MALE,
                "+44 7700 900140",
                "Retired teacher; more than 300 parkruns." },
    .first_session = "2026-09-02",
    .conditions = { {
      PT_CONDITION_KIND_RUNNERS_KNEE, PT_SIDE_RIGHT, "2026-05-01",
      PT_CONDITION_STATUS_ACTIVE, REST | ICE | NSAIDS | BRACE,
      "Patellofemoral pain, worse on stairs and after parkrun; cartilage wear under the "
      "patella on MRI.",
      { { -14, 5.5 }, { 0, 5.5 }, { 21, 3.5 }, { 42, 2 }, { 74, 1.5 }, PT_DEMO_POINTS_END },
      -14, END, 7,
    } },
    .treatment = { PT_TREATMENT_DEXTROSE, "Dextrose 15% with 1% lidocaine", 15, 6, 5,
                   "Patellar tendon origin, medial and lateral retinaculum",
                   "Dr Aoife Byrne", BEDFORD,
                   "Walk/run from week 3; quadriceps and gluteal strengthening; avoid downhill.",
                   3, 21 },
    .phases = {
      { -14, 18, 0, 0, 0, 3 },
      { 19, END, 6.5, 11, 3, 2 },
    },
    .shoes = { { "Brooks Ghost 16", 15, NULL } },
    .cross_mix = "bs",
    .pace = 380,
  },
};

const guint pt_demo_n_courses = G_N_ELEMENTS (pt_demo_courses);
