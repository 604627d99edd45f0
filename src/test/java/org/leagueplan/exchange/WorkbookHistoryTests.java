package org.leagueplan.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leagueplan.exchange.WorkbookHistory.CheckedPlan;
import org.leagueplan.exchange.WorkbookHistory.CheckedTarget;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressHistory.PastReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rows of a workbook's history fit the checked plan, how corrections are carried
 * over, and that a row never goes to the wrong target.
 */
class WorkbookHistoryTests {

	private static final Instant EARLY = Instant.parse("2026-01-10T02:00:00Z");

	private static final Instant LATE = Instant.parse("2026-02-10T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aCorrectionNamesOnlyAnEarlierReportOnTheSameTarget() {
		CheckedPlan form = form(TargetKind.COUNT);
		List<WorkbookHistory.Entry> entries = List.of(report(2, "t2", "3", null, LATE), report(3, "t2", "4", 2, EARLY),
				report(4, "t2", "5", 2, LATE.plusSeconds(60)), report(5, "t3", "6", 2, LATE.plusSeconds(60)));
		WorkbookHistory.Match match = WorkbookHistory.match(form, entries, List.of(), Set.of("wang"), 2026, TODAY);
		List<PastReport> reports = WorkbookHistory.reports(match,
				new PlanDraft.Saved(1, Map.of("r2", 10L), Map.of("t2", 20L, "t3", 30L)), Map.of("wang", 7L));
		assertThat(reports).extracting(PastReport::corrects).containsExactly(null, null, 0, null);
		assertThat(reports).extracting(PastReport::targetId).containsExactly(20L, 20L, 20L, 30L);
		assertThat(reports).extracting(PastReport::reportedBy).containsOnly(7L);
	}

	@Test
	void aYesNoTargetTakesOneAndZeroAsDoneAndNotDone() {
		CheckedPlan form = form(TargetKind.YES_NO);
		WorkbookHistory.Match match = WorkbookHistory.match(form, List.of(report(2, "t2", "1", null, EARLY),
				report(3, "t2", "0", null, EARLY), report(4, "t2", "2", null, EARLY)), List.of(), Set.of(), 2026,
				TODAY);
		assertThat(match.reports()).extracting(WorkbookHistory.Entry::done).containsExactly(true, false);
		assertThat(match.reports()).extracting(WorkbookHistory.Entry::value).containsOnlyNulls();
		assertThat(match.dropped()).isEqualTo(1);
		assertThat(match.unknownReporters()).isEqualTo(2);
	}

	@Test
	void plannedValuesKeepOnePerTargetAndPeriodEndOfNumericTargetsOnly() {
		LocalDate june = LocalDate.of(2026, 6, 30);
		List<WorkbookHistory.Planned> planned = List.of(new WorkbookHistory.Planned(2, "t2", june, BigDecimal.ONE),
				new WorkbookHistory.Planned(3, "t2", june, BigDecimal.TEN),
				new WorkbookHistory.Planned(4, null, june, null));
		assertThat(WorkbookHistory.match(form(TargetKind.COUNT), List.of(), planned, Set.of(), 2026, TODAY).planned())
			.extracting(WorkbookHistory.Planned::row)
			.containsExactly(2);
		WorkbookHistory.Match yesNo = WorkbookHistory.match(form(TargetKind.YES_NO), List.of(), planned, Set.of(), 2026,
				TODAY);
		assertThat(yesNo.planned()).isEmpty();
		assertThat(yesNo.dropped()).isEqualTo(3);
	}

	@Test
	void plannedValuesMustPassWhatAPersonsMust() {
		List<WorkbookHistory.Planned> planned = new java.util.ArrayList<>(
				List.of(new WorkbookHistory.Planned(2, "t2", LocalDate.of(2025, 12, 31), BigDecimal.ONE),
						new WorkbookHistory.Planned(3, "t2", LocalDate.of(9999, 12, 31), BigDecimal.ONE),
						new WorkbookHistory.Planned(4, "t2", LocalDate.of(2026, 3, 31), new BigDecimal("1e400")),
						new WorkbookHistory.Planned(5, "t2", LocalDate.of(2026, 3, 31), new BigDecimal("-1"))));
		for (int day = 1; day <= 25; day++) {
			planned.add(new WorkbookHistory.Planned(10 + day, "t2", LocalDate.of(2026, 1, day), BigDecimal.TEN));
		}
		WorkbookHistory.Match match = WorkbookHistory.match(form(TargetKind.COUNT), List.of(), planned, Set.of(), 2026,
				TODAY);
		assertThat(match.planned()).hasSize(24).extracting(WorkbookHistory.Planned::row).doesNotContain(2, 3, 4, 5, 35);
		assertThat(match.dropped()).isEqualTo(5);
	}

	@Test
	void aReportMustPassWhatAPersonsReportMust() {
		CheckedPlan form = form(TargetKind.PERCENTAGE);
		List<WorkbookHistory.Entry> entries = List.of(report(2, "t2", "80", null, EARLY),
				dated(3, LocalDate.of(2025, 12, 31), "50"), dated(4, LocalDate.of(2026, 11, 28), "50"),
				report(5, "t2", "120", null, EARLY), withLinks(6, 11), withLinks(7, 10));
		WorkbookHistory.Match match = WorkbookHistory.match(form, entries, List.of(), Set.of(), 2026, TODAY);
		assertThat(match.reports()).extracting(WorkbookHistory.Entry::row).containsExactly(2, 7);
		assertThat(match.droppedHistory()).containsExactly(3, 4, 5, 6);
		// a percentage target whose own goal is above 100 was confirmed and is kept as a
		// number: any value fits
		form = form(TargetKind.PERCENTAGE, true);
		assertThat(WorkbookHistory.match(form, entries, List.of(), Set.of(), 2026, TODAY).reports())
			.extracting(WorkbookHistory.Entry::row)
			.containsExactly(2, 5, 7);
	}

	@Test
	void rowsWhoseTargetTheSavedDraftDoesNotHoldAreLeftOut() {
		WorkbookHistory.Match match = WorkbookHistory.match(form(TargetKind.COUNT),
				List.of(report(2, "t2", "1", null, EARLY), report(3, "t3", "2", 2, LATE)), List.of(), Set.of(), 2026,
				TODAY);
		List<PastReport> reports = WorkbookHistory.reports(match, new PlanDraft.Saved(1, Map.of(), Map.of("t3", 30L)),
				Map.of());
		assertThat(reports).singleElement().satisfies(report -> {
			assertThat(report.targetId()).isEqualTo(30L);
			assertThat(report.corrects()).isNull();
		});
	}

	@Test
	void aTargetNameTwiceOnOneItemMatchesNoRowRatherThanTheWrongTarget() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet plan = book.createSheet(PlanWorkbookLayout.PLAN_SHEET);
			List<String> columns = PlanWorkbookLayout.PLAN_COLUMNS;
			header(plan, columns);
			for (int r = 1; r <= 3; r++) {
				Row row = plan.createRow(r);
				row.createCell(columns.indexOf(PlanWorkbookLayout.SECTION)).setCellValue("组织建设");
				row.createCell(columns.indexOf(PlanWorkbookLayout.NUMBER)).setCellValue(1);
				row.createCell(columns.indexOf(PlanWorkbookLayout.HEADING)).setCellValue("基层组织");
				row.createCell(columns.indexOf(PlanWorkbookLayout.TARGET)).setCellValue((r < 3) ? "覆盖率" : "示范点");
			}
			Sheet history = book.createSheet(PlanWorkbookLayout.HISTORY_SHEET);
			List<String> historyColumns = PlanWorkbookLayout.HISTORY_COLUMNS;
			header(history, historyColumns);
			for (int r = 1; r <= 2; r++) {
				Row row = history.createRow(r);
				row.createCell(historyColumns.indexOf(PlanWorkbookLayout.SECTION)).setCellValue("组织建设");
				row.createCell(historyColumns.indexOf(PlanWorkbookLayout.NUMBER)).setCellValue(1);
				row.createCell(historyColumns.indexOf(PlanWorkbookLayout.TARGET))
					.setCellValue((r == 1) ? "覆盖率" : "示范点");
				row.createCell(historyColumns.indexOf(PlanWorkbookLayout.AS_OF)).setCellValue("2026-01-31");
				row.createCell(historyColumns.indexOf(PlanWorkbookLayout.VALUE)).setCellValue(3);
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			book.write(out);
			WorkbookPlan content = new PlanWorkbookReader(TestWorkbooks.labels(),
					new org.leagueplan.system.CommitteeTime(java.time.Clock.system(org.leagueplan.TestClock.COMMITTEE)))
				.read(out.toByteArray(), "导出.xlsx");
			assertThat(content.items().get(0).targets()).hasSize(3);
			assertThat(content.history()).extracting(WorkbookHistory.Entry::targetKey).containsExactly(null, "t4");
		}
	}

	private static void header(Sheet sheet, List<String> columns) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			row.createCell(c).setCellValue(columns.get(c));
		}
	}

	private static WorkbookHistory.Entry dated(int row, LocalDate asOf, String value) {
		return new WorkbookHistory.Entry(row, "r2", "t2", asOf, new BigDecimal(value), null, null, null, null, null,
				null, "wang", EARLY, List.of(), 0);
	}

	private static WorkbookHistory.Entry withLinks(int row, int links) {
		List<String> addresses = java.util.stream.IntStream.range(0, links)
			.mapToObj(i -> "https://example.org/" + i)
			.toList();
		return new WorkbookHistory.Entry(row, "r2", "t2", LocalDate.of(2026, 1, 9), BigDecimal.ONE, null, null, null,
				null, null, null, "wang", EARLY, addresses, 0);
	}

	/**
	 * A checked plan of one item ({@code r2}) with two targets of the kind ({@code t2},
	 * {@code t3}).
	 */
	private static CheckedPlan form(TargetKind kind) {
		return form(kind, false);
	}

	/**
	 * {@code anyNumber}: the first target is a percentage whose own goal above 100 was
	 * confirmed.
	 */
	private static CheckedPlan form(TargetKind kind, boolean anyNumber) {
		return new CheckedPlan(Set.of("r2"),
				Map.of("t2", new CheckedTarget(kind, anyNumber), "t3", new CheckedTarget(kind, false)));
	}

	private static WorkbookHistory.Entry report(int row, String targetKey, String value, Integer corrects, Instant at) {
		return new WorkbookHistory.Entry(row, "r2", targetKey, LocalDate.of(2026, 1, 9), new BigDecimal(value), null,
				null, null, null, null, corrects, "wang", at, List.of(), 0);
	}

}
