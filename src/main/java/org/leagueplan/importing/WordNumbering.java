package org.leagueplan.importing;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.leagueplan.plan.ChineseNumerals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering turned back into the labels a reader sees ({@code 一、},
 * {@code （二）}, {@code 3.}, {@code ④}): the label, then a tab (or a space, or nothing, as
 * the level says), then the paragraph's text.
 * <p>
 * A paragraph is numbered by its own {@code numPr} or its style's; the numbering instance
 * ({@code num}) points to an abstract definition whose levels give the format
 * ({@code numFmt}) and the label pattern ({@code lvlText}, where {@code %1}…{@code %9}
 * stand for the counters of levels 1…9). Counters are kept per abstract definition, as
 * Word keeps them: a list continued under a new instance goes on counting unless that
 * instance restarts it ({@code startOverride}); when a level advances, the deeper levels
 * start again.
 */
final class WordNumbering {

	private static final int LEVELS = 9;

	private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

	private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

	private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

	private final XWPFNumbering numbering;

	private final XWPFStyles styles;

	/**
	 * Per abstract definition: the value each level shows now, or null where the level
	 * has not been used yet.
	 */
	private final Map<BigInteger, Integer[]> counters = new HashMap<>();

	/**
	 * Numbering instances and levels already used, so that a {@code startOverride}
	 * restarts only once.
	 */
	private final Set<String> started = new HashSet<>();

	WordNumbering(XWPFDocument document) {
		this.numbering = document.getNumbering();
		this.styles = document.getStyles();
	}

	/**
	 * The label this paragraph shows, with what follows it ({@code "一、\t"}), or
	 * {@code ""} when it is not numbered. Advances the counters: call it once per
	 * paragraph, in document order.
	 */
	String next(XWPFParagraph paragraph) {
		if (this.numbering == null) {
			return "";
		}
		Reference reference = reference(paragraph);
		if (reference == null) {
			return "";
		}
		XWPFNum num = this.numbering.getNum(reference.numId());
		Definition definition = (num != null) ? definition(num) : null;
		if (definition == null) {
			return "";
		}
		int level = (reference.level() != null) ? reference.level() : definition.levelOfStyle(paragraph.getStyleID());
		level = Math.max(0, Math.min(LEVELS - 1, level));
		CTLvl lvl = definition.level(level);
		if (lvl == null) {
			return "";
		}
		Integer[] values = this.counters.computeIfAbsent(definition.id(), id -> new Integer[LEVELS]);
		Integer override = definition.startOverride(level);
		if (override != null && this.started.add(reference.numId() + "/" + level)) {
			values[level] = override;
		}
		else {
			values[level] = (values[level] != null) ? values[level] + 1 : start(lvl);
		}
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			values[deeper] = null;
		}
		String label = label(lvl, level, values, definition);
		return label.isEmpty() ? "" : label + suffix(lvl);
	}

	private static String label(CTLvl lvl, int level, Integer[] values, Definition definition) {
		String pattern = (lvl.getLvlText() != null && lvl.getLvlText().getVal() != null) ? lvl.getLvlText().getVal()
				: "";
		String format = format(lvl);
		if ("bullet".equals(format)) {
			return bullet(pattern);
		}
		boolean legal = lvl.isSetIsLgl() && POIXMLUnits.parseOnOff(lvl.getIsLgl());
		Matcher placeholder = PLACEHOLDER.matcher(pattern);
		StringBuilder label = new StringBuilder();
		while (placeholder.find()) {
			int shown = Integer.parseInt(placeholder.group(1)) - 1;
			String text = "";
			if (shown <= level) {
				CTLvl shownLvl = (shown == level) ? lvl : definition.level(shown);
				int value = (values[shown] != null) ? values[shown] : ((shownLvl != null) ? start(shownLvl) : 1);
				String shownFormat = (shown == level) ? format : (legal ? "decimal" : format(shownLvl));
				text = number(value, shownFormat);
			}
			placeholder.appendReplacement(label, Matcher.quoteReplacement(text));
		}
		placeholder.appendTail(label);
		return label.toString();
	}

	/**
	 * A bullet is shown as its character; one from a symbol font (private use area) as
	 * "•".
	 */
	private static String bullet(String pattern) {
		if (pattern.isEmpty() || pattern.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
			return "•";
		}
		return pattern;
	}

	private static int start(CTLvl lvl) {
		// the schema's default when w:start is left out is 0
		return (lvl.getStart() != null && lvl.getStart().getVal() != null) ? lvl.getStart().getVal().intValue() : 0;
	}

	private static String format(CTLvl lvl) {
		if (lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null) {
			return "decimal";
		}
		return lvl.getNumFmt().getVal().toString();
	}

	/**
	 * What follows the label: w:suff is tab (the default), space or nothing. Read from
	 * the XML.
	 */
	private static String suffix(CTLvl lvl) {
		for (Node child = lvl.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "suff".equals(element.getLocalName())) {
				String value = element.getAttributeNS(element.getNamespaceURI(), "val");
				return switch (value) {
					case "space" -> " ";
					case "nothing" -> "";
					default -> "\t";
				};
			}
		}
		return "\t";
	}

	/**
	 * A counter's value written in a Word number format ({@code numFmt}); formats not
	 * known here as decimals.
	 */
	static String number(int value, String format) {
		return switch (format) {
			case "none" -> "";
			case "decimalZero" -> (value >= 0 && value < 10) ? "0" + value : String.valueOf(value);
			case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(value);
			case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
					"japaneseCounting" ->
				ChineseNumerals.of(value, ChineseNumerals.Style.COMMON);
			case "chineseLegalSimplified" -> ChineseNumerals.of(value, ChineseNumerals.Style.LEGAL_SIMPLIFIED);
			case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> ChineseNumerals.digits(value);
			case "ideographTraditional" -> signs(value, STEMS);
			case "ideographZodiac" -> signs(value, BRANCHES);
			case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(value, 0x2460, 20);
			case "decimalEnclosedParen" -> enclosed(value, 0x2474, 20);
			case "decimalEnclosedFullstop" -> enclosed(value, 0x2488, 20);
			case "ideographEnclosedCircle" -> enclosed(value, 0x3280, 10);
			case "ideographLegalTraditional" -> ChineseNumerals.of(value, ChineseNumerals.Style.LEGAL_TRADITIONAL);
			case "upperLetter" -> letters(value, 'A');
			case "lowerLetter" -> letters(value, 'a');
			case "upperRoman" -> roman(value);
			case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
			default -> String.valueOf(value);
		};
	}

	private static String fullWidth(int value) {
		StringBuilder out = new StringBuilder();
		for (char c : String.valueOf(value).toCharArray()) {
			out.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** 甲…癸 or 子…亥, and past the last sign plain numbers (as LibreOffice shows them). */
	private static String signs(int value, String signs) {
		return (value >= 1 && value <= signs.length()) ? String.valueOf(signs.charAt(value - 1))
				: String.valueOf(value);
	}

	private static String enclosed(int value, int first, int last) {
		return (value >= 1 && value <= last) ? new String(Character.toChars(first + value - 1)) : String.valueOf(value);
	}

	/** 1 → A, 26 → Z, 27 → AA, 28 → BB, as Word writes them. */
	private static String letters(int value, char a) {
		if (value < 1) {
			return String.valueOf(value);
		}
		return String.valueOf((char) (a + (value - 1) % 26)).repeat((value - 1) / 26 + 1);
	}

	private static String roman(int value) {
		if (value < 1 || value > 3999) {
			return String.valueOf(value);
		}
		int[] amounts = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] signs = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = value;
		for (int i = 0; i < amounts.length; i++) {
			while (rest >= amounts[i]) {
				out.append(signs[i]);
				rest -= amounts[i];
			}
		}
		return out.toString();
	}

	/**
	 * The paragraph's numbering: its own numPr, else its style's (following basedOn);
	 * none for numId 0.
	 */
	private Reference reference(XWPFParagraph paragraph) {
		BigInteger numId = null;
		BigInteger level = null;
		CTNumPr own = (paragraph.getCTP().getPPr() != null) ? paragraph.getCTP().getPPr().getNumPr() : null;
		if (own != null) {
			numId = (own.getNumId() != null) ? own.getNumId().getVal() : null;
			level = (own.getIlvl() != null) ? own.getIlvl().getVal() : null;
		}
		String styleId = paragraph.getStyleID();
		for (int depth = 0; numId == null && styleId != null && depth < 10; depth++) {
			XWPFStyle style = (this.styles != null) ? this.styles.getStyle(styleId) : null;
			if (style == null) {
				break;
			}
			CTNumPr inherited = numPr(style);
			if (inherited != null) {
				numId = (inherited.getNumId() != null) ? inherited.getNumId().getVal() : null;
				level = (level == null && inherited.getIlvl() != null) ? inherited.getIlvl().getVal() : level;
			}
			styleId = style.getBasisStyleID();
		}
		if (numId == null || numId.signum() == 0) {
			return null;
		}
		return new Reference(numId, (level != null) ? level.intValue() : null);
	}

	private static CTNumPr numPr(XWPFStyle style) {
		CTPPrBase properties = (style.getCTStyle() != null) ? style.getCTStyle().getPPr() : null;
		return (properties != null) ? properties.getNumPr() : null;
	}

	/**
	 * The abstract definition behind a numbering instance, following a numStyleLink to
	 * the list style's.
	 */
	private Definition definition(XWPFNum num) {
		CTNum ctNum = num.getCTNum();
		BigInteger abstractId = (ctNum != null && ctNum.getAbstractNumId() != null) ? ctNum.getAbstractNumId().getVal()
				: null;
		for (int depth = 0; abstractId != null && depth < 5; depth++) {
			XWPFAbstractNum abstractNum = this.numbering.getAbstractNum(abstractId);
			CTAbstractNum definition = (abstractNum != null) ? abstractNum.getCTAbstractNum() : null;
			if (definition == null) {
				return null;
			}
			if (definition.getNumStyleLink() == null || definition.sizeOfLvlArray() > 0 || this.styles == null) {
				return new Definition(abstractId, definition, ctNum);
			}
			XWPFStyle listStyle = this.styles.getStyle(definition.getNumStyleLink().getVal());
			CTNumPr linked = (listStyle != null) ? numPr(listStyle) : null;
			XWPFNum linkedNum = (linked != null && linked.getNumId() != null)
					? this.numbering.getNum(linked.getNumId().getVal()) : null;
			if (linkedNum == null || linkedNum.getCTNum() == null || linkedNum.getCTNum().getAbstractNumId() == null) {
				return null;
			}
			abstractId = linkedNum.getCTNum().getAbstractNumId().getVal();
		}
		return null;
	}

	private record Reference(BigInteger numId, Integer level) {
	}

	/**
	 * An abstract numbering definition, with the overrides of the instance that uses it.
	 */
	private record Definition(BigInteger id, CTAbstractNum abstractNum, CTNum num) {

		CTLvl level(int level) {
			CTNumLvl override = override(level);
			if (override != null && override.getLvl() != null) {
				return override.getLvl();
			}
			for (CTLvl lvl : this.abstractNum.getLvlArray()) {
				if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
					return lvl;
				}
			}
			return null;
		}

		Integer startOverride(int level) {
			CTNumLvl override = override(level);
			return (override != null && override.getStartOverride() != null
					&& override.getStartOverride().getVal() != null) ? override.getStartOverride().getVal().intValue()
							: null;
		}

		/**
		 * The level a paragraph style is tied to (w:lvl/w:pStyle), for a style that
		 * numbers without w:ilvl.
		 */
		int levelOfStyle(String styleId) {
			if (styleId != null) {
				for (CTLvl lvl : this.abstractNum.getLvlArray()) {
					if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
						return lvl.getIlvl().intValue();
					}
				}
			}
			return 0;
		}

		private CTNumLvl override(int level) {
			if (this.num == null) {
				return null;
			}
			for (CTNumLvl override : this.num.getLvlOverrideArray()) {
				if (override.getIlvl() != null && override.getIlvl().intValue() == level) {
					return override;
				}
			}
			return null;
		}

	}

}
