package org.leagueplan.progress;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

class StatusSettingsForm {

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal yellowThreshold;

	@NotNull
	@Min(1)
	@Max(365)
	private Integer staleDays;

	@NotNull
	private Rollup rollup;

	private Long version;

	public BigDecimal getYellowThreshold() {
		return this.yellowThreshold;
	}

	public void setYellowThreshold(BigDecimal yellowThreshold) {
		this.yellowThreshold = yellowThreshold;
	}

	public Integer getStaleDays() {
		return this.staleDays;
	}

	public void setStaleDays(Integer staleDays) {
		this.staleDays = staleDays;
	}

	public Rollup getRollup() {
		return this.rollup;
	}

	public void setRollup(Rollup rollup) {
		this.rollup = rollup;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
