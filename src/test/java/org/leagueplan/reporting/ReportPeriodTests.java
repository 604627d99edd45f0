package org.leagueplan.reporting;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.leagueplan.plan.ChineseNumerals;
import org.leagueplan.system.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Report periods as addresses write them: a month {@code 2023-05} or a quarter
 * {@code 2023-Q2}.
 */
class ReportPeriodTests {

	@Test
	void monthRunsFromItsFirstToItsLastDay() {
		ReportPeriod may = ReportPeriod.parse("2023-05");
		assertThat(may.isQuarter()).isFalse();
		assertThat(may.from()).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(may.to()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(may.code()).isEqualTo("2023-05");
		assertThat(ReportPeriod.parse("2024-2").to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ReportPeriod.parse(" 2023-12 ").to()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void quarterRunsOverItsThreeMonths() {
		ReportPeriod second = ReportPeriod.parse("2023-Q2");
		assertThat(second.isQuarter()).isTrue();
		assertThat(second.from()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(second.to()).isEqualTo(LocalDate.of(2023, 6, 30));
		assertThat(second.code()).isEqualTo("2023-Q2");
		assertThat(ReportPeriod.parse("2023-q4").to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(ReportPeriod.parse("2023-Q1").from()).isEqualTo(LocalDate.of(2023, 1, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2023", "2023-13", "2023-00", "2023-Q0", "2023-Q5", "23-05", "2023/05", "2023-05-01",
			"二〇二三年五月", "2023-Q2; drop table", "<script>" })
	void anythingElseIsRefusedWithAMessage(String text) {
		assertThatThrownBy(() -> ReportPeriod.parse(text)).isInstanceOf(BadRequestException.class)
			.extracting(ex -> ((BadRequestException) ex).messageKey())
			.isEqualTo("report.period.invalid");
	}

	@Test
	void pickerOffersTheTwelveMonthsThenTheFourQuarters() {
		assertThat(ReportPeriod.choices(2023)).extracting(ReportPeriod::code)
			.containsExactly("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
					"2023-09", "2023-10", "2023-11", "2023-12", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
	}

	@Test
	void chineseNumeralsLabelSections() {
		assertThat(ChineseNumerals.of(4)).isEqualTo("四");
		assertThat(ChineseNumerals.of(10)).isEqualTo("十");
		assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
		assertThat(ChineseNumerals.of(21)).isEqualTo("二十一");
		assertThat(ChineseNumerals.sectionLabel(3, false)).isEqualTo("三、");
		assertThat(ChineseNumerals.sectionLabel(2, true)).isEqualTo("(二)");
	}

}
