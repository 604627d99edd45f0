package org.leagueplan.plan;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class SectionForm extends EditForm {

	private Long parentId;

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String title;

	public static SectionForm of(PlanSection section) {
		SectionForm form = new SectionForm();
		form.parentId = section.getParentId();
		form.title = section.getTitle();
		form.setVersion(section.getVersion());
		return form;
	}

	boolean sameAs(PlanSection section) {
		return Objects.equals(this.parentId, section.getParentId()) && Objects.equals(this.title, section.getTitle());
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
