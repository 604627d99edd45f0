package org.leagueplan.reporting;

import org.leagueplan.plan.ChineseNumerals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.plan.PlanDocument;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.reporting.ExecutionReport.Entry;
import org.leagueplan.reporting.ExecutionReport.Part;
import org.leagueplan.reporting.ExecutionReport.RegisterPart;
import org.leagueplan.reporting.ExecutionReport.RegisterRow;
import org.leagueplan.reporting.ExecutionReport.Summary;
import org.leagueplan.reporting.PlanState.Block;
import org.leagueplan.reporting.PlanState.ItemState;
import org.leagueplan.reporting.PlanState.TargetState;
import org.leagueplan.register.RegisterQueries;
import org.leagueplan.system.BadRequestException;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;

/**
 * Builds the progress report of a plan for a month or a quarter: the plan's state on the
 * period's end, the reports and updates written in the period, the figures, and the items
 * that need attention. One builder for the Word file and the HTML view.
 */
@Service
public class ExecutionReports {

	private final PlanStates states;

	private final ProgressQueries progress;

	private final CommitteeTime time;

	private final RegisterQueries registers;

	ExecutionReports(PlanStates states, ProgressQueries progress, CommitteeTime time, RegisterQueries registers) {
		this.states = states;
		this.progress = progress;
		this.time = time;
		this.registers = registers;
	}

	/**
	 * The report for the period written as {@code 2023-05} or {@code 2023-Q2}; without
	 * one, the current month (the plan year's first or last month for a plan of another
	 * year). A period that cannot be read, or lies outside the plan's year, is refused.
	 */
	public ExecutionReport build(long planId, String periodText) {
		PlanDocument document = this.states.document(planId);
		int year = document.data().plan().year();
		ReportPeriod period = (periodText != null && !periodText.isBlank()) ? ReportPeriod.parse(periodText)
				: defaultPeriod(year);
		if (period.year() != year) {
			throw new BadRequestException("report.period.outsideYear", period.code(), String.valueOf(year));
		}
		LocalDate day = this.states.judgedOn(period.to());
		PlanState state = this.states.state(document, day);
		long id = state.plan().id();
		// what the period's reports (as of a day in it) and updates (made in it) said, as
		// far as they are made by now
		Instant known = this.time.madeByNow();
		Instant from = this.time.startOfDay(period.from());
		Instant until = this.time.endOfDay(period.to());
		Narratives narratives = new Narratives(state);
		this.progress.reportsOfPlan(id, period.from(), period.to())
			.stream()
			.filter(report -> report.reportedAt().isBefore(known))
			.forEach(narratives::add);
		this.progress.itemUpdatesOfPlan(id, from, until.isBefore(known) ? until : known).forEach(narratives::add);

		List<Part> parts = new ArrayList<>();
		List<Entry> attention = new ArrayList<>();
		for (Block block : state.blocks()) {
			List<Entry> items = entries(block.items(), narratives, attention);
			List<Part> children = new ArrayList<>();
			for (Block child : block.children()) {
				children.add(new Part(child.section().label(), child.section().title(), true,
						entries(child.items(), narratives, attention), List.of()));
			}
			parts.add(new Part(block.section().label(), block.section().title(), false, items, children));
		}
		return new ExecutionReport(state.plan(), period, day, this.states.today(), summary(state, period, narratives),
				parts, ChineseNumerals.sectionLabel(state.blocks().size() + 1, false), attention,
				registers(state, period));
	}

	/**
	 * The appendix: the plan's registers with their accepted entries dated in the period
	 * (two queries, by {@link RegisterQueries#entriesOfPlan}), each named with its
	 * target.
	 */
	private List<RegisterPart> registers(PlanState state, ReportPeriod period) {
		Map<Long, String> targetNames = new HashMap<>();
		state.targets().forEach(target -> targetNames.put(target.target().id(), target.target().name()));
		return this.registers.entriesOfPlan(state.plan().id(), period.from(), period.to())
			.stream()
			.map(register -> new RegisterPart(register.name(), targetNames.getOrDefault(register.targetId(), ""),
					register.entries()
						.stream()
						.map(entry -> new RegisterRow(entry.name(), entry.unitName(), entry.date(), entry.place()))
						.toList()))
			.toList();
	}

	/**
	 * The month of the plan's default day ({@link PlanStates#defaultDay}): this month,
	 * within the plan's year.
	 */
	ReportPeriod defaultPeriod(int year) {
		return ReportPeriod.monthOf(this.states.defaultDay(year));
	}

	private static List<Entry> entries(List<ItemState> items, Narratives narratives, List<Entry> attention) {
		List<Entry> entries = new ArrayList<>();
		for (ItemState item : items) {
			Entry entry = new Entry(item, narratives.latest(item.item().id()));
			entries.add(entry);
			if (item.light() == Light.RED || item.overdue()) {
				attention.add(entry);
			}
		}
		return entries;
	}

	private static Summary summary(PlanState state, ReportPeriod period, Narratives narratives) {
		Map<Light, Long> byLight = new EnumMap<>(Light.class);
		int due = 0;
		int reported = 0;
		int year = state.plan().year();
		for (ItemState item : state.items()) {
			byLight.merge(item.light(), 1L, Long::sum);
			LocalDate start = (item.item().startDate() != null) ? item.item().startDate() : LocalDate.of(year, 1, 1);
			LocalDate end = (item.item().endDate() != null) ? item.item().endDate() : LocalDate.of(year, 12, 31);
			if (!start.isAfter(period.to()) && !end.isBefore(period.from())) {
				due++;
				if (narratives.reported(item.item().id())) {
					reported++;
				}
			}
		}
		List<TargetState> targets = state.targets();
		int met = (int) targets.stream().filter(target -> target.light() == Light.ACHIEVED).count();
		return new Summary(state.items().size(), byLight, targets.size(), met, due, reported);
	}

	/**
	 * The reports and updates of the period by item: which items reported, and each
	 * item's latest narrative.
	 */
	private static final class Narratives {

		private final Map<Long, Long> itemOfTarget = new HashMap<>();

		private final Set<Long> reported = new HashSet<>();

		private final Map<Long, Instant> latestAt = new HashMap<>();

		private final Map<Long, String> latest = new HashMap<>();

		Narratives(PlanState state) {
			state.targets().forEach(target -> this.itemOfTarget.put(target.target().id(), target.target().itemId()));
		}

		void add(TargetReport report) {
			Long itemId = this.itemOfTarget.get(report.targetId());
			if (itemId != null) {
				add(itemId, report.narrative(), report.reportedAt());
			}
		}

		void add(ItemReport update) {
			add(update.itemId(), update.narrative(), update.reportedAt());
		}

		private void add(long itemId, String narrative, Instant at) {
			this.reported.add(itemId);
			if (narrative != null && !narrative.isBlank()) {
				Instant before = this.latestAt.get(itemId);
				if (before == null || !at.isBefore(before)) {
					this.latestAt.put(itemId, at);
					this.latest.put(itemId, narrative.strip());
				}
			}
		}

		boolean reported(long itemId) {
			return this.reported.contains(itemId);
		}

		String latest(long itemId) {
			return this.latest.get(itemId);
		}

	}

}
