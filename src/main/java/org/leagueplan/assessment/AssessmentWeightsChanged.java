package org.leagueplan.assessment;

/**
 * The office changed a plan's assessment weights: the audit log records it (before and
 * after as {@code items=40, quotas=20, …}; before is the defaults when none were set).
 * Public for the audit module, which listens.
 */
public record AssessmentWeightsChanged(long planId, String before, String after) {
}
