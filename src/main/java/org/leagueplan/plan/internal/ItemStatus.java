package org.leagueplan.plan.internal;

public enum ItemStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, SUSPENDED

}
