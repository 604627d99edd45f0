package org.leagueplan.plan;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

class MilestoneForm extends EditForm {

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private boolean done;

	public static MilestoneForm of(Milestone milestone) {
		MilestoneForm form = new MilestoneForm();
		form.title = milestone.getTitle();
		form.dueDate = milestone.getDueDate();
		form.done = milestone.isDone();
		form.setVersion(milestone.getVersion());
		return form;
	}

	boolean sameAs(Milestone milestone) {
		return Objects.equals(this.title, milestone.getTitle()) && Objects.equals(this.dueDate, milestone.getDueDate())
				&& this.done == milestone.isDone();
	}

	void applyTo(Milestone milestone) {
		milestone.update(this.title, this.dueDate, this.done);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

}
