package org.leagueplan.plan.internal;

public enum PlanStatus {

	DRAFT, ACTIVE, ARCHIVED

}
