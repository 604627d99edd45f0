package org.leagueplan.plan;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class UnitForm extends EditForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private UnitKind kind = UnitKind.OFFICE;

	public static UnitForm of(OrgUnit unit) {
		UnitForm form = new UnitForm();
		form.name = unit.getName();
		form.kind = unit.getKind();
		form.setVersion(unit.getVersion());
		return form;
	}

	boolean sameAs(OrgUnit unit) {
		return Objects.equals(this.name, unit.getName()) && this.kind == unit.getKind();
	}

	void applyTo(OrgUnit unit) {
		unit.update(this.name, this.kind);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

}
