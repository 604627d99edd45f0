package org.leagueplan.supervision;

/**
 * In which role an item is assigned to a unit: the lead unit (牵头) or an assisting unit
 * (协办).
 */
enum UnitRole {

	LEAD, ASSIST

}
