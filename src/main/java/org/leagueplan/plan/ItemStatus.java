package org.leagueplan.plan;

public enum ItemStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, SUSPENDED

}
