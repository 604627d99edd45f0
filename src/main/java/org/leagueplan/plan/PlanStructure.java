package org.leagueplan.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archives, restores and reorders the records of a plan and the unit list. Archiving
 * hides a record and keeps it whole; restoring brings it back where it was. Each method
 * answers the record the changed one is shown in (its plan, its item, or the unit list).
 */
@Service
@Transactional
class PlanStructure {

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	private final ApplicationEventPublisher events;

	PlanStructure(PlanSectionRepository sections, PlanItemRepository items, TargetRepository targets,
			MilestoneRepository milestones, OrgUnitRepository units, ApplicationEventPublisher events) {
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
		this.events = events;
	}

	public RecordRef archive(StructureKind kind, long id) {
		Placed placed = find(kind, id);
		placed.record().archive();
		publish("ARCHIVED", placed);
		announceArchive(placed, true);
		return placed.home();
	}

	public RecordRef restore(StructureKind kind, long id) {
		Placed placed = find(kind, id);
		placed.record().restore();
		publish("RESTORED", placed);
		announceArchive(placed, false);
		return placed.home();
	}

	/**
	 * Swaps the record with its previous (up) or next sibling; at either end nothing
	 * moves.
	 */
	public RecordRef move(StructureKind kind, long id, boolean up) {
		Placed placed = find(kind, id);
		List<PlanRecord> siblings = new ArrayList<>(placed.siblings());
		int from = siblings.indexOf(placed.record());
		int to = up ? from - 1 : from + 1;
		if (from >= 0 && to >= 0 && to < siblings.size()) {
			Collections.swap(siblings, from, to);
			for (int i = 0; i < siblings.size(); i++) {
				siblings.get(i).placeAt(i + 1);
			}
			publish(up ? "MOVED_UP" : "MOVED_DOWN", placed);
		}
		return placed.home();
	}

	private Placed find(StructureKind kind, long id) {
		return switch (kind) {
			case SECTIONS -> {
				PlanSection section = this.sections.findById(id).orElseThrow(() -> notFound(kind, id));
				yield new Placed(section, List.copyOf(this.sections.findSiblings(section)),
						RecordRef.plan(section.getPlan().getId()));
			}
			case ITEMS -> {
				PlanItem item = this.items.findById(id).orElseThrow(() -> notFound(kind, id));
				yield new Placed(item,
						List.copyOf(
								this.items.findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(item.getSection())),
						RecordRef.plan(item.getSection().getPlan().getId()));
			}
			case TARGETS -> {
				Target target = this.targets.findById(id).orElseThrow(() -> notFound(kind, id));
				yield new Placed(target,
						List.copyOf(this.targets.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(target.getItem())),
						RecordRef.item(target.getItemId()));
			}
			case MILESTONES -> {
				Milestone milestone = this.milestones.findById(id).orElseThrow(() -> notFound(kind, id));
				yield new Placed(milestone,
						List.copyOf(this.milestones
							.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(milestone.getItem())),
						RecordRef.item(milestone.getItemId()));
			}
			case UNITS -> {
				OrgUnit unit = this.units.findById(id).orElseThrow(() -> notFound(kind, id));
				yield new Placed(unit, List.copyOf(this.units.findByArchivedFalseOrderBySortOrderAscIdAsc()),
						RecordRef.units());
			}
		};
	}

	private void publish(String action, Placed placed) {
		Audited record = (Audited) placed.record();
		this.events
			.publishEvent(new PlanChanged(action, record.auditType(), record.getId(), record.auditTitle(), null, null));
	}

	/** Tells other modules an item left or came back to its plan. */
	private void announceArchive(Placed placed, boolean archived) {
		if (placed.record() instanceof PlanItem item) {
			this.events
				.publishEvent(new ItemArchiveChanged(item.getSection().getPlan().getId(), item.getId(), archived));
		}
	}

	/**
	 * The id of the item a record belongs to, for checking who may change it;
	 * {@code null} for sections and units.
	 */
	@Transactional(readOnly = true)
	public Long owningItemId(StructureKind kind, long id) {
		return switch (kind) {
			case ITEMS -> this.items.findById(id).orElseThrow(() -> notFound(kind, id)).getId();
			case TARGETS -> this.targets.findById(id).orElseThrow(() -> notFound(kind, id)).getItemId();
			case MILESTONES -> this.milestones.findById(id).orElseThrow(() -> notFound(kind, id)).getItemId();
			case SECTIONS, UNITS -> null;
		};
	}

	private static NotFoundException notFound(StructureKind kind, long id) {
		return new NotFoundException(kind.path(), id);
	}

	private record Placed(PlanRecord record, List<PlanRecord> siblings, RecordRef home) {
	}

}
