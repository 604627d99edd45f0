package org.leagueplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One year's work plan of an organisation.
 */
@Entity
@Table(name = "work_plan")
class Plan implements Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_year")
	private int year;

	private String title;

	private String organization;

	private String preamble;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	/** The plan this one was copied from into a new year, or {@code null}. */
	private Long sourcePlanId;

	protected Plan() {
	}

	public Plan(int year, String title, String organization, String preamble, PlanStatus status) {
		update(year, title, organization, preamble, status);
	}

	void update(int year, String title, String organization, String preamble, PlanStatus status) {
		this.year = year;
		this.title = title;
		this.organization = organization;
		this.preamble = preamble;
		this.status = status;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOrganization() {
		return this.organization;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public Long getSourcePlanId() {
		return this.sourcePlanId;
	}

	/** Records the plan this one was copied from (下一年度计划). */
	void copiedFrom(Long sourcePlanId) {
		this.sourcePlanId = sourcePlanId;
	}

	@Override
	public String auditType() {
		return "plan";
	}

	@Override
	public String auditTitle() {
		return this.title;
	}

	@Override
	public String describe() {
		return "year=" + this.year + "; title=" + this.title + "; organization=" + this.organization + "; status="
				+ this.status + "; preamble=" + this.preamble;
	}

}
