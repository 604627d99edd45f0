package org.leagueplan.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A plan's supervision settings: after how many days an unsigned assignment is overdue. A
 * plan without a row has the defaults.
 */
@Entity
@Table(name = "supervision_settings")
class SupervisionSettings {

	/** Days an assignment may wait for its signature when a plan sets nothing. */
	static final int DEFAULT_SIGN_FOR_DAYS = 3;

	@Id
	private Long planId;

	@Version
	private Long version;

	private int signForDays;

	protected SupervisionSettings() {
	}

	SupervisionSettings(long planId, int signForDays) {
		this.planId = planId;
		this.signForDays = signForDays;
	}

	/**
	 * The defaults of a plan that has no row yet (not saved; its version is
	 * {@code null}).
	 */
	static SupervisionSettings defaults(long planId) {
		return new SupervisionSettings(planId, DEFAULT_SIGN_FOR_DAYS);
	}

	void changeSignForDays(int days) {
		this.signForDays = days;
	}

	Long getPlanId() {
		return this.planId;
	}

	Long getVersion() {
		return this.version;
	}

	int getSignForDays() {
		return this.signForDays;
	}

}
