package org.leagueplan.plan;

/**
 * What became of a save: applied, nothing to apply (a repeated submit of what is stored),
 * or refused because the record changed since the form was loaded.
 */
enum SaveOutcome {

	SAVED, UNCHANGED, CONFLICT

}
