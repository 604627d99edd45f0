package org.leagueplan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The pieces of reading a .docx on their own: each zip rule refuses by itself, within the
 * import's limits ({@link org.leagueplan.system.ZipContainers}; not only because POI's
 * own checks would catch the file later), and Word's number formats are written as Word
 * writes them.
 */
class DocxTextTests {

	@Test
	void anEntryInflatingMoreThanAHundredfoldPastOneMegabyteIsRefused() throws IOException {
		// 10 MB of zeros in one entry: under the 50 MB in all, but a thousandfold
		byte[] zip = zip(1, 10 * 1024 * 1024);
		assertThat(refusal(zip)).isEqualTo("import.error.zipBomb");
		// the same ratio within the first megabyte is allowed: small XML parts compress
		// that well
		assertThatCode(() -> DocxText.checkZip(zip(1, 1_000_000), "plan.docx")).doesNotThrowAnyException();
	}

	@Test
	void moreThanAThousandEntriesAreRefused() throws IOException {
		assertThatCode(() -> DocxText.checkZip(zip(DocxText.MAX_ENTRIES, 1), "plan.docx")).doesNotThrowAnyException();
		assertThat(refusal(zip(DocxText.MAX_ENTRIES + 1, 1))).isEqualTo("import.error.zipBomb");
	}

	@Test
	void moreThanFiftyMegabytesInflatedInAllAreRefused() throws IOException {
		assertThatCode(() -> DocxText.checkZip(zip(50, 1_000_000), "plan.docx")).doesNotThrowAnyException();
		assertThat(refusal(zip(53, 1_000_000))).isEqualTo("import.error.zipBomb");
	}

	@Test
	void chineseNumberFormats() {
		assertThat(numbers("chineseCounting", 1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1001))
			.containsExactly("一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千", "一千零一");
		assertThat(numbers("chineseCountingThousand", 3, 12)).containsExactly("三", "十二");
		assertThat(numbers("chineseLegalSimplified", 1, 10, 23)).containsExactly("壹", "壹拾", "贰拾叁");
		assertThat(numbers("ideographDigital", 1, 10, 23)).containsExactly("一", "一〇", "二三");
		assertThat(numbers("ideographTraditional", 1, 2, 10, 11)).containsExactly("甲", "乙", "癸", "11");
		assertThat(numbers("ideographZodiac", 1, 12, 13)).containsExactly("子", "亥", "13");
		assertThat(numbers("ideographEnclosedCircle", 1, 10, 11)).containsExactly("㊀", "㊉", "11");
	}

	@Test
	void enclosedAndLatinNumberFormats() {
		assertThat(numbers("decimalEnclosedCircle", 1, 10, 20, 21)).containsExactly("①", "⑩", "⑳", "21");
		assertThat(numbers("decimalEnclosedCircleChinese", 3)).containsExactly("③");
		assertThat(numbers("decimalEnclosedParen", 1, 20)).containsExactly("⑴", "⒇");
		assertThat(numbers("decimalEnclosedFullstop", 1, 20)).containsExactly("⒈", "⒛");
		assertThat(numbers("decimal", 1, 12)).containsExactly("1", "12");
		assertThat(numbers("decimalZero", 5, 12)).containsExactly("05", "12");
		assertThat(numbers("decimalFullWidth", 12)).containsExactly("１２");
		assertThat(numbers("upperLetter", 1, 26, 27, 28)).containsExactly("A", "Z", "AA", "BB");
		assertThat(numbers("lowerLetter", 3)).containsExactly("c");
		assertThat(numbers("upperRoman", 4, 9, 14, 1994)).containsExactly("IV", "IX", "XIV", "MCMXCIV");
		assertThat(numbers("lowerRoman", 3)).containsExactly("iii");
		assertThat(numbers("none", 3)).containsExactly("");
		assertThat(numbers("ordinalText", 3)).containsExactly("3");
	}

	private static String[] numbers(String format, int... values) {
		String[] shown = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			shown[i] = WordNumbering.number(values[i], format);
		}
		return shown;
	}

	private static String refusal(byte[] zip) {
		UnreadableDocument refused = catchThrowableOfType(UnreadableDocument.class,
				() -> DocxText.checkZip(zip, "plan.docx"));
		assertThat(refused).as("refused").isNotNull();
		return refused.messageKey();
	}

	/** A zip of {@code entries} entries, each {@code size} zeros. */
	private static byte[] zip(int entries, int size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] zeros = new byte[size];
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
				zip.write(zeros);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
