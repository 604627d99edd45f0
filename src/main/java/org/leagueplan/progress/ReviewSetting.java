package org.leagueplan.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a plan's reports are reviewed before they count; no row means off. */
@Entity
@Table(name = "plan_review_setting")
class ReviewSetting {

	@Id
	private Long planId;

	private boolean enabled;

	@Version
	private Long version;

	protected ReviewSetting() {
	}

	ReviewSetting(long planId) {
		this.planId = planId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
