package org.leagueplan.progress;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "status_settings")
class StatusSettingsRow {

	@Id
	private Integer id;

	@Version
	private long version;

	private BigDecimal yellowThreshold;

	private int staleDays;

	@Enumerated(EnumType.STRING)
	private Rollup rollup;

	protected StatusSettingsRow() {
	}

	public StatusSettings settings() {
		return new StatusSettings(this.yellowThreshold, this.staleDays, this.rollup);
	}

	void update(BigDecimal yellowThreshold, int staleDays, Rollup rollup) {
		this.yellowThreshold = yellowThreshold;
		this.staleDays = staleDays;
		this.rollup = rollup;
	}

	public long getVersion() {
		return this.version;
	}

}
