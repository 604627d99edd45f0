package org.leagueplan.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

/**
 * The assessment weights as the office edits them: six whole numbers of points from 0 to
 * 100 that add up to 100, with the version of the stored weights the person saw
 * ({@code null} when none were stored).
 */
class WeightsForm {

	private Long version;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer items;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer quotas;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer onTime;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer returned;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer overdue;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer rectifications;

	static WeightsForm of(Weights weights, Long version) {
		WeightsForm form = new WeightsForm();
		form.version = version;
		form.items = weights.items();
		form.quotas = weights.quotas();
		form.onTime = weights.onTime();
		form.returned = weights.returned();
		form.overdue = weights.overdue();
		form.rectifications = weights.rectifications();
		return form;
	}

	/**
	 * The rule across the fields: the six weights add up to {@value Weights#TOTAL}
	 * (checked once each is a number).
	 */
	void check(Errors errors) {
		if (this.items == null || this.quotas == null || this.onTime == null || this.returned == null
				|| this.overdue == null || this.rectifications == null) {
			return;
		}
		int total = weights().total();
		if (total != Weights.TOTAL) {
			errors.reject("assessment.weights.total", new Object[] { total, Weights.TOTAL },
					"The weights must add up to 100");
		}
	}

	Weights weights() {
		return new Weights(this.items, this.quotas, this.onTime, this.returned, this.overdue, this.rectifications);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getItems() {
		return this.items;
	}

	public void setItems(Integer items) {
		this.items = items;
	}

	public Integer getQuotas() {
		return this.quotas;
	}

	public void setQuotas(Integer quotas) {
		this.quotas = quotas;
	}

	public Integer getOnTime() {
		return this.onTime;
	}

	public void setOnTime(Integer onTime) {
		this.onTime = onTime;
	}

	public Integer getReturned() {
		return this.returned;
	}

	public void setReturned(Integer returned) {
		this.returned = returned;
	}

	public Integer getOverdue() {
		return this.overdue;
	}

	public void setOverdue(Integer overdue) {
		this.overdue = overdue;
	}

	public Integer getRectifications() {
		return this.rectifications;
	}

	public void setRectifications(Integer rectifications) {
		this.rectifications = rectifications;
	}

}
