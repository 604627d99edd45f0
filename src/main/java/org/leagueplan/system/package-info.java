/**
 * System: the page layout, locale switching, the home page, error pages and the shared
 * edit-conflict view. Owns nothing in the database; every other module may use its small
 * API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.leagueplan.system;
