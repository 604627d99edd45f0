/**
 * Registers (台账): the entries behind a count target — each 示范点, 典型案例 or project counted
 * is a named entry with its unit, date, place, evidence and the office's own fields. Owns
 * the register tables; a register-backed target's value is the number of its accepted
 * entries ({@link org.leagueplan.progress.CountedValues}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
		allowedDependencies = { "plan", "progress", "account", "system" })
package org.leagueplan.register;
