package org.leagueplan.plan;

public enum PlanStatus {

	DRAFT, ACTIVE, ARCHIVED

}
