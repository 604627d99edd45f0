package org.leagueplan.importing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.importing.internal.ImportForm.ItemRow;
import org.leagueplan.importing.internal.ImportForm.TargetRow;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressHistory.PastReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of a workbook's history fit the checked plan, and how corrections are carried over. */
class ImportHistoryTests {

	private static final Instant EARLY = Instant.parse("2026-01-10T02:00:00Z");

	private static final Instant LATE = Instant.parse("2026-02-10T02:00:00Z");

	@Test
	void aCorrectionNamesOnlyAnEarlierReportOnTheSameTarget() {
		ImportForm form = form(TargetKind.COUNT);
		List<ImportHistory.Entry> entries = List.of(report(2, "t2", "3", null, LATE), report(3, "t2", "4", 2, EARLY),
				report(4, "t2", "5", 2, LATE.plusSeconds(60)), report(5, "t3", "6", 2, LATE.plusSeconds(60)));
		ImportHistory.Match match = ImportHistory.match(form, entries, List.of(), Set.of("wang"));
		List<PastReport> reports = ImportHistory.reports(match,
				new PlanDraft.Saved(1, Map.of("r2", 10L), Map.of("t2", 20L, "t3", 30L)), Map.of("wang", 7L));
		assertThat(reports).extracting(PastReport::corrects).containsExactly(null, null, 0, null);
		assertThat(reports).extracting(PastReport::targetId).containsExactly(20L, 20L, 20L, 30L);
		assertThat(reports).extracting(PastReport::reportedBy).containsOnly(7L);
	}

	@Test
	void aYesNoTargetTakesOneAndZeroAsDoneAndNotDone() {
		ImportForm form = form(TargetKind.YES_NO);
		ImportHistory.Match match = ImportHistory.match(form,
				List.of(report(2, "t2", "1", null, EARLY), report(3, "t2", "0", null, EARLY),
						report(4, "t2", "2", null, EARLY)),
				List.of(), Set.of());
		assertThat(match.reports()).extracting(ImportHistory.Entry::done).containsExactly(true, false);
		assertThat(match.reports()).extracting(ImportHistory.Entry::value).containsOnlyNulls();
		assertThat(match.dropped()).isEqualTo(1);
		assertThat(match.unknownReporters()).isEqualTo(2);
	}

	@Test
	void plannedValuesKeepOnePerTargetAndPeriodEndOfNumericTargetsOnly() {
		LocalDate june = LocalDate.of(2026, 6, 30);
		List<ImportHistory.Planned> planned = List.of(new ImportHistory.Planned(2, "t2", june, BigDecimal.ONE),
				new ImportHistory.Planned(3, "t2", june, BigDecimal.TEN), new ImportHistory.Planned(4, null, june, null));
		assertThat(ImportHistory.match(form(TargetKind.COUNT), List.of(), planned, Set.of()).planned())
			.extracting(ImportHistory.Planned::row)
			.containsExactly(2);
		ImportHistory.Match yesNo = ImportHistory.match(form(TargetKind.YES_NO), List.of(), planned, Set.of());
		assertThat(yesNo.planned()).isEmpty();
		assertThat(yesNo.dropped()).isEqualTo(3);
	}

	private static ImportForm form(TargetKind kind) {
		ImportForm form = new ImportForm();
		ItemRow item = new ItemRow();
		item.setKey("r2");
		for (String key : List.of("t2", "t3")) {
			TargetRow target = new TargetRow();
			target.setKey(key);
			target.setName("指标 " + key);
			target.setKind(kind);
			item.getTargets().add(target);
		}
		form.getItems().add(item);
		return form;
	}

	private static ImportHistory.Entry report(int row, String targetKey, String value, Integer corrects, Instant at) {
		return new ImportHistory.Entry(row, "r2", targetKey, LocalDate.of(2026, 1, 9), new BigDecimal(value), null, null,
				null, null, null, corrects, "wang", at, List.of(), 0);
	}

}
