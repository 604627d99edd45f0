package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A numeric target (量化指标) of an item, e.g. "社区综合团委示范点达30家以上": at least 30 家.
 */
@Entity
@DynamicUpdate
@Table(name = "plan_target")
class Target extends PlanRecord implements Audited {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private PlanItem item;

	private String name;

	@Enumerated(EnumType.STRING)
	private TargetKind kind;

	@Enumerated(EnumType.STRING)
	private TargetComparator comparator;

	private BigDecimal targetValue;

	private String unitLabel;

	private BigDecimal baseline;

	private LocalDate dueDate;

	private String note;

	/** The target this one was copied from into a new year, or {@code null}. */
	private Long sourceTargetId;

	protected Target() {
	}

	public Target(PlanItem item) {
		this.item = item;
	}

	void update(String name, TargetKind kind, TargetComparator comparator, BigDecimal targetValue, String unitLabel,
			BigDecimal baseline, LocalDate dueDate, String note) {
		this.name = name;
		this.kind = kind;
		this.comparator = comparator;
		this.targetValue = targetValue;
		this.unitLabel = unitLabel;
		this.baseline = baseline;
		this.dueDate = dueDate;
		this.note = note;
	}

	public PlanItem getItem() {
		return this.item;
	}

	public Long getItemId() {
		return this.item.getId();
	}

	public String getName() {
		return this.name;
	}

	public TargetKind getKind() {
		return this.kind;
	}

	public TargetComparator getComparator() {
		return this.comparator;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public String getUnitLabel() {
		return this.unitLabel;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public String getNote() {
		return this.note;
	}

	public Long getSourceTargetId() {
		return this.sourceTargetId;
	}

	/** Records the target this one was copied from (下一年度计划). */
	void copiedFrom(Long sourceTargetId) {
		this.sourceTargetId = sourceTargetId;
	}

	@Override
	public String auditType() {
		return "target";
	}

	@Override
	public String auditTitle() {
		return this.name;
	}

	@Override
	public String describe() {
		return "name=" + this.name + "; kind=" + this.kind + "; comparator=" + this.comparator + "; value="
				+ this.targetValue + "; unit=" + this.unitLabel + "; baseline=" + this.baseline + "; due="
				+ this.dueDate + "; note=" + this.note;
	}

}
