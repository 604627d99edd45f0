package org.leagueplan.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetFields;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An imported plan as the person checks and corrects it on the preview page: the plan's
 * header, its sections (a flat list; a subsection names its parent) and its items with
 * their targets and milestones. Kept between requests as the import's content; nothing in
 * it is saved as a plan until the person saves.
 */
class ImportForm {

	private long version;

	private String title;

	private Integer year;

	private String organization;

	private String preamble;

	/** The plan to add to; {@code null}: a new plan. */
	private Long intoPlanId;

	private List<SectionRow> sections = new ArrayList<>();

	private List<ItemRow> items = new ArrayList<>();

	/** The items not removed, in order. */
	public List<ItemRow> keptItems() {
		return this.items.stream().filter(item -> !item.isRemoved()).toList();
	}

	/** The kept items of a section, in order. */
	public List<ItemRow> itemsOf(int section) {
		return keptItems().stream().filter(item -> item.getSection() == section).toList();
	}

	/**
	 * The number an item has in its section ("1" for the first kept item), or {@code 0}
	 * for a removed one.
	 */
	public int numberOf(ItemRow item) {
		return itemsOf(item.getSection()).indexOf(item) + 1;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getOrganization() {
		return this.organization;
	}

	public void setOrganization(String organization) {
		this.organization = organization;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public void setPreamble(String preamble) {
		this.preamble = preamble;
	}

	public Long getIntoPlanId() {
		return this.intoPlanId;
	}

	public void setIntoPlanId(Long intoPlanId) {
		this.intoPlanId = intoPlanId;
	}

	public List<SectionRow> getSections() {
		return this.sections;
	}

	public void setSections(List<SectionRow> sections) {
		this.sections = sections;
	}

	public List<ItemRow> getItems() {
		return this.items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

	/** A section 一、 or a subsection (一) of the section at index {@code parent}. */
	public static class SectionRow {

		private String label;

		private String title;

		private Integer parent;

		public SectionRow() {
		}

		SectionRow(String label, String title, Integer parent) {
			this.label = label;
			this.title = title;
			this.parent = parent;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Integer getParent() {
			return this.parent;
		}

		public void setParent(Integer parent) {
			this.parent = parent;
		}

	}

	/** An item; {@code key} ties it to its place in the source pane. */
	public static class ItemRow {

		private String key;

		private int section;

		private String heading;

		private String text;

		private String leadUnit;

		/** Assisting units' names, separated by 、 or commas. */
		private String assistUnits;

		/** The owner's user name. */
		private String owner;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate start;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate end;

		private ItemStatus status = ItemStatus.NOT_STARTED;

		private boolean removed;

		/** The person confirms dates far from the plan's year. */
		private boolean datesConfirmed;

		private List<TargetRow> targets = new ArrayList<>();

		private List<MilestoneRow> milestones = new ArrayList<>();

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public int getSection() {
			return this.section;
		}

		public void setSection(int section) {
			this.section = section;
		}

		public String getHeading() {
			return this.heading;
		}

		public void setHeading(String heading) {
			this.heading = heading;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getLeadUnit() {
			return this.leadUnit;
		}

		public void setLeadUnit(String leadUnit) {
			this.leadUnit = leadUnit;
		}

		public String getAssistUnits() {
			return this.assistUnits;
		}

		public void setAssistUnits(String assistUnits) {
			this.assistUnits = assistUnits;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getStart() {
			return this.start;
		}

		public void setStart(LocalDate start) {
			this.start = start;
		}

		public LocalDate getEnd() {
			return this.end;
		}

		public void setEnd(LocalDate end) {
			this.end = end;
		}

		public ItemStatus getStatus() {
			return this.status;
		}

		public void setStatus(ItemStatus status) {
			this.status = status;
		}

		public boolean isRemoved() {
			return this.removed;
		}

		public void setRemoved(boolean removed) {
			this.removed = removed;
		}

		public boolean isDatesConfirmed() {
			return this.datesConfirmed;
		}

		public void setDatesConfirmed(boolean datesConfirmed) {
			this.datesConfirmed = datesConfirmed;
		}

		public List<TargetRow> getTargets() {
			return this.targets;
		}

		public void setTargets(List<TargetRow> targets) {
			this.targets = targets;
		}

		public List<MilestoneRow> getMilestones() {
			return this.milestones;
		}

		public void setMilestones(List<MilestoneRow> milestones) {
			this.milestones = milestones;
		}

	}

	/**
	 * A target, with the fields {@link TargetFields} defines (checked by
	 * {@link ImportChecks} against its limits); a percentage above 100 must be corrected
	 * or {@code confirmed} (then kept as a number in %).
	 */
	public static class TargetRow extends TargetFields {

		/**
		 * Where the target was read (a workbook's row), so that its progress history
		 * finds it; may be empty.
		 */
		private String key;

		/** The target value (posted as {@code value}). */
		private BigDecimal value;

		/** The unit of measure (posted as {@code unit}). */
		private String unit;

		private boolean confirmed;

		private boolean removed;

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public boolean isConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

		public boolean isRemoved() {
			return this.removed;
		}

		public void setRemoved(boolean removed) {
			this.removed = removed;
		}

	}

	public static class MilestoneRow {

		private String title;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		private boolean done;

		private boolean removed;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public boolean isDone() {
			return this.done;
		}

		public void setDone(boolean done) {
			this.done = done;
		}

		public boolean isRemoved() {
			return this.removed;
		}

		public void setRemoved(boolean removed) {
			this.removed = removed;
		}

	}

}
