package org.leagueplan.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanDocument;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.system.BadRequestException;
import org.leagueplan.system.CommitteeTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads what the plan workbook holds for a period (by default the plan's year, with every
 * item update), in a fixed number of queries: the plan judged by {@link PlanJudge}, the
 * one judgement the dashboard and reports read too.
 */
@Service
class PlanWorkbooks {

	/** Later than any update (a bound every database stores). */
	private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");

	private final PlanQueries plans;

	private final PlanJudge judge;

	private final ProgressQueries progress;

	private final UserDirectory users;

	private final MessageSource messages;

	private final WorkbookLabels labels;

	private final CommitteeTime time;

	PlanWorkbooks(PlanQueries plans, PlanJudge judge, ProgressQueries progress, UserDirectory users,
			MessageSource messages, WorkbookLabels labels, CommitteeTime time) {
		this.time = time;
		this.plans = plans;
		this.judge = judge;
		this.progress = progress;
		this.users = users;
		this.messages = messages;
		this.labels = labels;
	}

	/**
	 * The workbook of a plan for the period from {@code from} to {@code to} (each
	 * defaulting to the first or last day of the plan's year); a period that ends before
	 * it begins is refused.
	 */
	PlanWorkbook prepare(long planId, LocalDate from, LocalDate to) {
		return prepare(planId, from, to, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The workbook, its statuses, kinds, comparisons and lights in the reader's language.
	 */
	PlanWorkbook prepare(long planId, LocalDate from, LocalDate to, Locale locale) {
		PlanDocument document = this.plans.planDocument(planId);
		int year = document.data().plan().year();
		LocalDate first = (from != null) ? from : LocalDate.of(year, 1, 1);
		LocalDate last = (to != null) ? to : LocalDate.of(year, 12, 31);
		if (last.isBefore(first)) {
			throw new BadRequestException("export.period.reversed", first.toString(), last.toString());
		}
		// the state columns: the plan on the period's last day, or — for the whole plan —
		// on its default day
		PlanJudgement judgement = this.judge.judge(document.data(),
				(to != null) ? this.judge.judgedOn(last) : this.judge.defaultDay(year));
		List<TargetReport> history = this.progress.reportsOfPlan(planId, first, last);
		Instant until = this.time.endOfDay(last);
		Map<Long, Instant> lastItemUpdate = new HashMap<>();
		List<ItemReport> updates = this.progress.itemUpdatesOfPlan(planId, Instant.EPOCH,
				(from == null && to == null) ? NO_END : until);
		updates.stream()
			.filter(update -> update.reportedAt().isBefore(until))
			.forEach(update -> lastItemUpdate.merge(update.itemId(), update.reportedAt(),
					(a, b) -> a.isAfter(b) ? a : b));
		// the history sheet: updates made in the period; for the whole plan every one,
		// made after the year too
		Instant since = this.time.startOfDay(first);
		List<ItemReport> periodUpdates = (from == null && to == null) ? updates
				: updates.stream().filter(update -> !update.reportedAt().isBefore(since)).toList();
		Set<Long> userIds = new HashSet<>();
		judgement.items()
			.values()
			.stream()
			.map(item -> item.item().ownerId())
			.filter(Objects::nonNull)
			.forEach(userIds::add);
		history.stream().map(TargetReport::reportedBy).filter(Objects::nonNull).forEach(userIds::add);
		periodUpdates.stream().map(ItemReport::reportedBy).filter(Objects::nonNull).forEach(userIds::add);
		Map<Light, String> lightLabels = new EnumMap<>(Light.class);
		for (Light light : Light.values()) {
			lightLabels.put(light, this.messages.getMessage("light." + light, null, locale));
		}
		return new PlanWorkbook(document, judgement, first, last, history, periodUpdates,
				this.progress.evidenceOfPlan(planId), this.users.findByIds(userIds), lastItemUpdate, lightLabels,
				value -> this.labels.label(value, locale));
	}

}
