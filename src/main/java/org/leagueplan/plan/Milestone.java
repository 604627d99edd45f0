package org.leagueplan.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A milestone (时间节点) of an item: something due on a date, done or not.
 */
@Entity
@DynamicUpdate
@Table(name = "plan_milestone")
class Milestone extends PlanRecord implements Audited {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private PlanItem item;

	private String title;

	private LocalDate dueDate;

	private boolean done;

	protected Milestone() {
	}

	public Milestone(PlanItem item) {
		this.item = item;
	}

	void update(String title, LocalDate dueDate, boolean done) {
		this.title = title;
		this.dueDate = dueDate;
		this.done = done;
	}

	public PlanItem getItem() {
		return this.item;
	}

	public Long getItemId() {
		return this.item.getId();
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

	@Override
	public String auditType() {
		return "milestone";
	}

	@Override
	public String auditTitle() {
		return this.title;
	}

	@Override
	public String describe() {
		return "title=" + this.title + "; due=" + this.dueDate + "; done=" + this.done;
	}

}
