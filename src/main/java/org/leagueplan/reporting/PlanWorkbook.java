package org.leagueplan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.leagueplan.account.UserSummary;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.PlanEvidence;
import org.leagueplan.progress.ProgressQueries.TargetReport;

/**
 * Everything the plan workbook holds, read before the first byte is written.
 * @param state the plan on the period's end (or today while the period runs)
 * @param from first day of the exported period
 * @param to last day of the exported period
 * @param history the reports with an as-of date in the period
 * @param updates the status updates of items made in the period (all of them for the whole plan)
 * @param evidence the evidence of the plan's reports and updates
 * @param users the items' owners and the reporters, by id
 * @param lastItemUpdate when each item last had a status update up to the period's end
 * @param lightLabels the lights' labels in the reader's language
 * @param label the label of an item status, target kind or comparison in the reader's language
 */
public record PlanWorkbook(PlanState state, LocalDate from, LocalDate to, List<TargetReport> history,
		List<ItemReport> updates, PlanEvidence evidence, Map<Long, UserSummary> users,
		Map<Long, Instant> lastItemUpdate, Map<Light, String> lightLabels,
		Function<Enum<?>, String> label) {

	/** The file name a browser saves: {@code 2023年工作计划.xlsx}. */
	public String fileName() {
		return this.state.plan().year() + "年工作计划.xlsx";
	}

	/** The file name for clients that cannot read RFC 5987 names. */
	public String asciiFileName() {
		return "plan-" + this.state.plan().year() + ".xlsx";
	}

	/** The username of a user, or {@code null}. */
	public String username(Long userId) {
		UserSummary user = (userId != null) ? this.users.get(userId) : null;
		return (user != null) ? user.username() : null;
	}

}
