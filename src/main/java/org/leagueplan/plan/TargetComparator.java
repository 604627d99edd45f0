package org.leagueplan.plan;

/**
 * How a reported value is compared with the target value: 以上 / 以内 / 恰好.
 */
public enum TargetComparator {

	AT_LEAST, AT_MOST, EXACTLY

}
