package org.leagueplan.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A work item (工作事项) of a section: its heading, full text, who is responsible and when.
 */
@Entity
@DynamicUpdate
@Table(name = "plan_item")
class PlanItem extends PlanRecord implements Audited {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private PlanSection section;

	private String heading;

	private String body;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_unit_id")
	private OrgUnit leadUnit;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "plan_item_assist_unit", joinColumns = @JoinColumn(name = "item_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	private Set<OrgUnit> assistUnits = new HashSet<>();

	private Long ownerId;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	protected PlanItem() {
	}

	public PlanItem(PlanSection section, String heading, String body, ItemStatus status) {
		this.section = section;
		this.heading = heading;
		this.body = body;
		this.status = status;
	}

	void update(String heading, String body, OrgUnit leadUnit, Set<OrgUnit> assistUnits, Long ownerId,
			LocalDate startDate, LocalDate endDate, ItemStatus status) {
		this.heading = heading;
		this.body = body;
		this.leadUnit = leadUnit;
		this.assistUnits = new HashSet<>(assistUnits);
		this.ownerId = ownerId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = status;
	}

	void changeStatus(ItemStatus status) {
		this.status = status;
	}

	void moveTo(PlanSection section) {
		this.section = section;
	}

	public PlanSection getSection() {
		return this.section;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	public OrgUnit getLeadUnit() {
		return this.leadUnit;
	}

	public Set<OrgUnit> getAssistUnits() {
		return Set.copyOf(this.assistUnits);
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	@Override
	public String auditType() {
		return "item";
	}

	@Override
	public String auditTitle() {
		return this.heading;
	}

	@Override
	public String describe() {
		return "heading=" + this.heading + "; section=" + this.section.getId() + "; leadUnit="
				+ ((this.leadUnit != null) ? this.leadUnit.getName() : null) + "; assistUnits="
				+ this.assistUnits.stream().map(OrgUnit::getName).sorted().toList() + "; owner=" + this.ownerId
				+ "; start=" + this.startDate + "; end=" + this.endDate + "; status=" + this.status + "; body="
				+ this.body;
	}

}
