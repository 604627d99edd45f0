package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "planned_value")
class PlannedValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long targetId;

	private Long planId;

	private LocalDate periodEnd;

	@Column(name = "planned")
	private BigDecimal value;

	protected PlannedValue() {
	}

	PlannedValue(long targetId, long planId, LocalDate periodEnd, BigDecimal value) {
		this.targetId = targetId;
		this.planId = planId;
		this.periodEnd = periodEnd;
		this.value = value;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public BigDecimal getValue() {
		return this.value;
	}

}
