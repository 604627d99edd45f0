package org.leagueplan.assessment;

import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.PlanData.PlanRef;

/**
 * A plan's assessment on a day: the weights used and the units ranked. (Its methods are
 * public for the templates, which call them by reflection.)
 */
record Assessment(PlanRef plan, LocalDate day, Weights weights, List<UnitScore> units) {

	/** The parts in the order they are shown. */
	public AssessmentPart[] parts() {
		return AssessmentPart.values();
	}

}
