package org.leagueplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A section (一、) of a plan, or a subsection ((一)) of a section: the tree is at most two
 * levels deep.
 */
@Entity
@DynamicUpdate
@Table(name = "plan_section")
class PlanSection extends PlanRecord implements Audited {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private PlanSection parent;

	private String title;

	protected PlanSection() {
	}

	public PlanSection(Plan plan, PlanSection parent, String title) {
		this.plan = plan;
		this.parent = parent;
		this.title = title;
	}

	void update(PlanSection parent, String title) {
		this.parent = parent;
		this.title = title;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public PlanSection getParent() {
		return this.parent;
	}

	public Long getParentId() {
		return (this.parent != null) ? this.parent.getId() : null;
	}

	public String getTitle() {
		return this.title;
	}

	@Override
	public String auditType() {
		return "section";
	}

	@Override
	public String auditTitle() {
		return this.title;
	}

	@Override
	public String describe() {
		return "title=" + this.title + "; parent=" + getParentId();
	}

}
