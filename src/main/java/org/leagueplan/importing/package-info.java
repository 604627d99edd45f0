/**
 * Importing: turns a committee's plan document (text as written) into a structured plan — sections, items, targets,
 * periods, dates and commitments — for a person to check before it is saved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importing")
package org.leagueplan.importing;
