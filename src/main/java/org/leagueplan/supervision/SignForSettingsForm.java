package org.leagueplan.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A plan's sign-for deadline: after how many days (1–365) an unsigned assignment is
 * listed as overdue, with the version of the settings the person saw ({@code null} when
 * the plan had none stored).
 */
class SignForSettingsForm {

	private Long version;

	@NotNull
	@Min(1)
	@Max(365)
	private Integer signForDays;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getSignForDays() {
		return this.signForDays;
	}

	public void setSignForDays(Integer signForDays) {
		this.signForDays = signForDays;
	}

}
