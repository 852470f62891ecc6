/* pt-plan-rule.c: the pain-monitoring rules a return-to-run plan follows
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default is the pain-monitoring model of Silbernagel KG, Thomeé R,
 * Eriksson BI, Karlsson J. Continued sports activity, using a
 * pain-monitoring model, during rehabilitation in patients with Achilles
 * tendinopathy: a randomized controlled study. Am J Sports Med
 * 2007;35(6):897-906. In it, pain during the activity is allowed to reach
 * 5 on a 0-10 scale (0-2 "safe", 2-5 "acceptable", above 5 "high risk");
 * the pain after the activity may reach 5 but must have settled by the
 * following morning; and pain and stiffness must not increase from week to
 * week. Encoded as: pain during <= 5; an after-run score that day <= 5;
 * the next morning's score <= the last morning score before the run (the
 * "usual" level) + 0; the week's mean morning score <= the week before's
 * + 0. The 0-2 zone gives the pain-free rule, a limit of 3 the cautious
 * one, as clinics use it for an irritable condition.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-error.h"
#include "pt-format.h"
#include "pt-plan.h"

void
pt_plan_rule_init (PtPlanRule     *rule,
                   PtPlanRuleKind  kind)
{
  g_return_if_fail (rule != NULL);

  *rule = (PtPlanRule) {
    .kind = kind,
    .max_pain_during = 5,
    .max_pain_after = 5,
    .check_next_morning = TRUE,
    .next_morning_tolerance = 0,
    .next_morning_days = 1,
    .require_next_morning = TRUE,
    .check_weekly = TRUE,
    .weekly_tolerance = 0,
  };

  switch (kind)
    {
    case PT_PLAN_RULE_CAUTIOUS:
      rule->max_pain_during = 3;
      rule->max_pain_after = 3;
      break;
    case PT_PLAN_RULE_PAIN_FREE:
      rule->max_pain_during = 0;
      rule->max_pain_after = 0;
      break;
    case PT_PLAN_RULE_SILBERNAGEL:
    case PT_PLAN_RULE_CUSTOM:
    default:
      break;
    }
}

gboolean
pt_plan_rule_validate (const PtPlanRule  *rule,
                       GError           **error)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!(rule->max_pain_during >= 0 && rule->max_pain_during <= 10))
    {
      pt_set_field_error (error, "max_pain_during",
                          _("The pain allowed during a run is a score from 0 to 10."));
      return FALSE;
    }
  if (!(rule->max_pain_after >= 0 && rule->max_pain_after <= 10))
    {
      pt_set_field_error (error, "max_pain_after",
                          _("The pain allowed after a run is a score from 0 to 10."));
      return FALSE;
    }
  if (!(rule->next_morning_tolerance >= 0 && rule->next_morning_tolerance <= 10) ||
      !(rule->weekly_tolerance >= 0 && rule->weekly_tolerance <= 10))
    {
      pt_set_field_error (error, "next_morning_tolerance",
                          _("A rise of morning pain allowed is 0 to 10 points."));
      return FALSE;
    }
  if (rule->next_morning_days < 1 || rule->next_morning_days > 7)
    {
      pt_set_field_error (error, "next_morning_days",
                          _("The morning after a run is 1 to 7 days after it, not %u."),
                          rule->next_morning_days);
      return FALSE;
    }

  return TRUE;
}

const char *
pt_plan_rule_kind_name (PtPlanRuleKind kind)
{
  switch (kind)
    {
    case PT_PLAN_RULE_SILBERNAGEL:
      return _("Silbernagel pain-monitoring model");
    case PT_PLAN_RULE_CAUTIOUS:
      return _("Pain during at most 3/10");
    case PT_PLAN_RULE_PAIN_FREE:
      return _("Pain-free running");
    case PT_PLAN_RULE_CUSTOM:
    default:
      return _("The clinic’s own rule");
    }
}

char *
pt_plan_rule_describe (const PtPlanRule *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (rule != NULL, NULL);

  during = pt_format_pain (rule->max_pain_during);
  after = pt_format_pain (rule->max_pain_after);

  if (rule->max_pain_during <= 0)
    g_string_append (text, _("The run should be pain-free."));
  else
    /* TRANSLATORS: %s is a pain score out of 10, "5" */
    g_string_append_printf (text, _("Pain during the run may reach %s/10."), during);

  if (rule->max_pain_after < 10)
    {
      g_string_append_c (text, ' ');
      if (rule->max_pain_after <= 0)
        g_string_append (text, _("There should be no pain after it."));
      else
        g_string_append_printf (text, _("Pain after it may reach %s/10."), after);
    }

  if (rule->check_next_morning)
    {
      g_string_append_c (text, ' ');
      if (rule->next_morning_tolerance > 0)
        {
          g_autofree char *tolerance = pt_format_pain (rule->next_morning_tolerance);

          g_string_append_printf (text, _("The next morning the pain must be back within %s "
                                          "of its usual level."), tolerance);
        }
      else
        g_string_append (text, _("The next morning the pain must be back to its usual level."));
    }

  if (rule->check_weekly)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Morning pain must not increase from one week to the next."));
    }

  g_string_append_c (text, ' ');
  g_string_append (text, _("When the rule is kept the plan moves on; when it is broken it goes "
                           "back one step."));

  if (rule->kind == PT_PLAN_RULE_SILBERNAGEL)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("After the pain-monitoring model of Silbernagel et al., "
                               "“Continued sports activity, using a pain-monitoring model, "
                               "during rehabilitation in patients with Achilles tendinopathy”, "
                               "Am J Sports Med 2007;35:897–906."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
