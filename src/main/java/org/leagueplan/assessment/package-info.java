/**
 * Assessment (年度考评): a score per unit of a plan on a day from weights the office sets —
 * completion of the unit's items and quotas, reports on time, returned reports, overdue
 * items, rectifications closed — as a ranking, an Excel workbook and a Word table. Owns
 * the weights ({@code assessment_weights}); the rule is {@code UnitScores}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "plan", "progress", "quota", "supervision", "reporting", "account", "system" })
package org.leagueplan.assessment;
