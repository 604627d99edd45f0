package org.leagueplan.plan;

import org.junit.jupiter.api.Test;
import org.leagueplan.plan.ChineseNumerals.Style;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one writer and reader of Chinese numerals: section labels, Word's list numbers, the
 * days and months of a plan's text.
 */
class ChineseNumeralsTests {

	@Test
	void countsOneToNinetyNineAsSectionsAreLabelled() {
		String[] ones = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		for (int i = 1; i <= 9; i++) {
			assertThat(ChineseNumerals.of(i)).isEqualTo(ones[i - 1]);
		}
		assertThat(ChineseNumerals.of(10)).isEqualTo("十");
		assertThat(ChineseNumerals.of(11)).isEqualTo("十一");
		assertThat(ChineseNumerals.of(19)).isEqualTo("十九");
		assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
		assertThat(ChineseNumerals.of(21)).isEqualTo("二十一");
		assertThat(ChineseNumerals.of(90)).isEqualTo("九十");
		assertThat(ChineseNumerals.of(99)).isEqualTo("九十九");
		for (int i = 1; i <= 99; i++) {
			assertThat(ChineseNumerals.parse(ChineseNumerals.of(i))).isEqualTo(i);
		}
	}

	@Test
	void countsOnAsWordNumbersLists() {
		assertThat(ChineseNumerals.of(100)).isEqualTo("一百");
		assertThat(ChineseNumerals.of(101)).isEqualTo("一百零一");
		assertThat(ChineseNumerals.of(110)).isEqualTo("一百一十");
		assertThat(ChineseNumerals.of(1005)).isEqualTo("一千零五");
		assertThat(ChineseNumerals.of(20_030)).isEqualTo("二万零三十");
		assertThat(ChineseNumerals.of(99_999)).isEqualTo("九万九千九百九十九");
		assertThat(ChineseNumerals.of(100_000)).isEqualTo("100000");
		assertThat(ChineseNumerals.of(0)).isEqualTo("0");
		assertThat(ChineseNumerals.of(0, Style.COMMON)).isEqualTo("〇");
		assertThat(ChineseNumerals.of(-3, Style.COMMON)).isEqualTo("-3");
	}

	@Test
	void writesTheFinancialDigitsWithoutShortTens() {
		assertThat(ChineseNumerals.of(11, Style.LEGAL_SIMPLIFIED)).isEqualTo("壹拾壹");
		assertThat(ChineseNumerals.of(105, Style.LEGAL_SIMPLIFIED)).isEqualTo("壹佰零伍");
		assertThat(ChineseNumerals.of(0, Style.LEGAL_SIMPLIFIED)).isEqualTo("零");
		assertThat(ChineseNumerals.of(12_000, Style.LEGAL_TRADITIONAL)).isEqualTo("壹萬貳仟");
		assertThat(ChineseNumerals.of(3, Style.LEGAL_TRADITIONAL)).isEqualTo("參");
	}

	@Test
	void writesDigitsOneByOne() {
		assertThat(ChineseNumerals.digits(2026)).isEqualTo("二〇二六");
		assertThat(ChineseNumerals.digits(7)).isEqualTo("七");
	}

	@Test
	void labelsSections() {
		assertThat(ChineseNumerals.sectionLabel(1, false)).isEqualTo("一、");
		assertThat(ChineseNumerals.sectionLabel(12, true)).isEqualTo("(十二)");
	}

	@Test
	void readsNumbersAsAPlansTextWritesThem() {
		assertThat(ChineseNumerals.parse("三")).isEqualTo(3);
		assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
		assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
		assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
		assertThat(ChineseNumerals.parse("三十一")).isEqualTo(31);
		assertThat(ChineseNumerals.parse("一二")).isEqualTo(12);
		assertThat(ChineseNumerals.parse("二〇二六")).isEqualTo(2026);
		assertThat(ChineseNumerals.parse("12")).isEqualTo(12);
		assertThat(ChineseNumerals.parse("一百")).isEqualTo(100);
		assertThat(ChineseNumerals.parse("一百零一")).isEqualTo(101);
		assertThat(ChineseNumerals.parse("三千")).isEqualTo(3000);
		assertThat(ChineseNumerals.parse("一万二千")).isEqualTo(12_000);
		assertThat(ChineseNumerals.parse("九万九千九百九十九")).isEqualTo(99_999);
		assertThat(ChineseNumerals.parse("")).isNull();
		assertThat(ChineseNumerals.parse(null)).isNull();
		assertThat(ChineseNumerals.parse("三月")).isNull();
		assertThat(ChineseNumerals.parse("x")).isNull();
	}

}
