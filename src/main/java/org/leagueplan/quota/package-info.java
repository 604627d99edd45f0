/**
 * Quotas (任务分解): a count target split among the units that owe it, each unit's reports on
 * its share, and the target's value as the sum of its units' (a {@code CountedValues}
 * source), lit per quota by the one judgement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quotas",
		allowedDependencies = { "plan", "progress", "account", "system", "supervision" })
package org.leagueplan.quota;
