package org.leagueplan.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Copying a plan into a new year (下一年度计划): the new plan's year and title, and by how many
 * percent its numeric targets are raised ({@link TargetRaise}). A create form: it carries
 * a one-time token.
 */
class PlanCloneForm extends EditForm {

	@NotNull
	@Min(PlanLimits.YEAR_MIN)
	@Max(PlanLimits.YEAR_MAX)
	private Integer year;

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String title;

	@NotNull
	private BigDecimal raisePercent = BigDecimal.ZERO;

	/**
	 * The form as first shown: the year after the source's, the source's title with its
	 * year replaced when it names it ("2024年…" → "2025年…"), no raise.
	 */
	static PlanCloneForm proposedFor(Plan source) {
		PlanCloneForm form = new PlanCloneForm();
		int year = Math.min(source.getYear() + 1, PlanLimits.YEAR_MAX);
		form.year = year;
		form.title = titleFor(source.getTitle(), source.getYear(), year);
		return form;
	}

	/** The source's title for the new year: its year replaced where it names it. */
	static String titleFor(String sourceTitle, int sourceYear, int year) {
		return sourceTitle.replace(Integer.toString(sourceYear), Integer.toString(year));
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

	public BigDecimal getRaisePercent() {
		return this.raisePercent;
	}

	public void setRaisePercent(BigDecimal raisePercent) {
		this.raisePercent = raisePercent;
	}

}
