package org.leagueplan.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The weights the office set for a plan's assessment (one row a plan; none: defaults).
 */
@Entity
@Table(name = "assessment_weights")
class AssessmentWeights {

	@Id
	private Long planId;

	@Version
	private long version;

	private int items;

	private int quotas;

	private int onTime;

	private int returned;

	private int overdue;

	private int rectifications;

	protected AssessmentWeights() {
	}

	AssessmentWeights(long planId) {
		this.planId = planId;
	}

	void set(Weights weights) {
		this.items = weights.items();
		this.quotas = weights.quotas();
		this.onTime = weights.onTime();
		this.returned = weights.returned();
		this.overdue = weights.overdue();
		this.rectifications = weights.rectifications();
	}

	Weights weights() {
		return new Weights(this.items, this.quotas, this.onTime, this.returned, this.overdue, this.rectifications);
	}

	Long getPlanId() {
		return this.planId;
	}

	long getVersion() {
		return this.version;
	}

}
