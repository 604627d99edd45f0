package org.leagueplan.plan;

import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class PlanForm extends EditForm {

	@NotNull
	@Min(PlanLimits.YEAR_MIN)
	@Max(PlanLimits.YEAR_MAX)
	private Integer year;

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String title;

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String organization;

	@Size(max = PlanLimits.TEXT_MAX)
	private String preamble;

	@NotNull
	private PlanStatus status = PlanStatus.DRAFT;

	public static PlanForm of(Plan plan) {
		PlanForm form = new PlanForm();
		form.year = plan.getYear();
		form.title = plan.getTitle();
		form.organization = plan.getOrganization();
		form.preamble = plan.getPreamble();
		form.status = plan.getStatus();
		form.setVersion(plan.getVersion());
		return form;
	}

	boolean sameAs(Plan plan) {
		return Objects.equals(this.year, plan.getYear()) && Objects.equals(this.title, plan.getTitle())
				&& Objects.equals(this.organization, plan.getOrganization())
				&& Objects.equals(this.preamble, plan.getPreamble()) && this.status == plan.getStatus();
	}

	void applyTo(Plan plan) {
		plan.update(this.year, this.title, this.organization, this.preamble, this.status);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOrganization() {
		return this.organization;
	}

	public void setOrganization(String organization) {
		this.organization = organization;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public void setPreamble(String preamble) {
		this.preamble = preamble;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

}
