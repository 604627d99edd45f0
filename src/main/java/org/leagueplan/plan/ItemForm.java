package org.leagueplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

class ItemForm extends EditForm {

	@NotNull
	private Long sectionId;

	@NotBlank
	@Size(max = PlanLimits.TITLE_MAX)
	private String heading;

	@Size(max = PlanLimits.TEXT_MAX)
	private String body;

	private Long leadUnitId;

	private List<Long> assistUnitIds = new ArrayList<>();

	private Long ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	private ItemStatus status = ItemStatus.NOT_STARTED;

	public static ItemForm of(PlanItem item) {
		ItemForm form = new ItemForm();
		form.sectionId = item.getSection().getId();
		form.heading = item.getHeading();
		form.body = item.getBody();
		form.leadUnitId = (item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null;
		form.assistUnitIds = item.getAssistUnits().stream().map(OrgUnit::getId).sorted().toList();
		form.ownerId = item.getOwnerId();
		form.startDate = item.getStartDate();
		form.endDate = item.getEndDate();
		form.status = item.getStatus();
		form.setVersion(item.getVersion());
		return form;
	}

	/** The assisting units without duplicates and without the lead unit. */
	public Set<Long> distinctAssistUnitIds() {
		Set<Long> ids = new TreeSet<>();
		this.assistUnitIds.stream()
			.filter(Objects::nonNull)
			.filter(id -> !id.equals(this.leadUnitId))
			.forEach(ids::add);
		return ids;
	}

	boolean sameAs(PlanItem item) {
		return of(item).describes(this);
	}

	private boolean describes(ItemForm other) {
		return Objects.equals(this.sectionId, other.sectionId) && Objects.equals(this.heading, other.heading)
				&& Objects.equals(this.body, other.body) && Objects.equals(this.leadUnitId, other.leadUnitId)
				&& distinctAssistUnitIds().equals(other.distinctAssistUnitIds())
				&& Objects.equals(this.ownerId, other.ownerId) && Objects.equals(this.startDate, other.startDate)
				&& Objects.equals(this.endDate, other.endDate) && this.status == other.status;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public void setLeadUnitId(Long leadUnitId) {
		this.leadUnitId = leadUnitId;
	}

	public List<Long> getAssistUnitIds() {
		return this.assistUnitIds;
	}

	public void setAssistUnitIds(List<Long> assistUnitIds) {
		this.assistUnitIds = (assistUnitIds != null) ? assistUnitIds : new ArrayList<>();
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(ItemStatus status) {
		this.status = status;
	}

}
