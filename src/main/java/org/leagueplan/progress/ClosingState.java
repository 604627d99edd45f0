package org.leagueplan.progress;

/** Where an item's closing (办结销号) stands. */
public enum ClosingState {

	REQUESTED, ACCEPTED, RETURNED, REOPENED

}
