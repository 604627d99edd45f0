package org.leagueplan.plan;

/**
 * The committee's own offices and the kinds of organisation it works with.
 */
public enum UnitKind {

	OFFICE, COMMUNITY, SCHOOL, ENTERPRISE, AGENCY, SOCIAL_ORGANIZATION, OTHER

}
