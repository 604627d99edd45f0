package org.leagueplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A responsible unit (责任单位): one of the committee's offices or an organisation it works
 * with.
 */
@Entity
@DynamicUpdate
@Table(name = "org_unit")
class OrgUnit extends PlanRecord implements Audited {

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	protected OrgUnit() {
	}

	public OrgUnit(String name, UnitKind kind) {
		update(name, kind);
	}

	void update(String name, UnitKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	@Override
	public String auditType() {
		return "unit";
	}

	@Override
	public String auditTitle() {
		return this.name;
	}

	@Override
	public String describe() {
		return "name=" + this.name + "; kind=" + this.kind;
	}

}
