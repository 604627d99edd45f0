package org.leagueplan.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.leagueplan.system.PlainText;
import org.springframework.stereotype.Component;

/**
 * The text of a plan document as a person gives it: an uploaded {@code .txt} or
 * {@code .docx}, or text pasted into a form. Whatever comes back is plain text, lines
 * separated by {@code \n}, within the limits below, ready for {@link PlanDocumentParser};
 * whatever cannot be read safely is refused with an {@link UnreadableDocument} that says
 * why in words an office can act on.
 * <p>
 * The kind of file is decided by its content; the name's extension is a check: a
 * {@code .docx} must be a zip, a {@code .txt} must be text, an old binary Word file is
 * recognised whatever it is called.
 */
@Component
class SourceDocuments {

	/**
	 * The largest upload read: 5 MB. A plan is a few pages; a larger file is pictures or
	 * the wrong file.
	 */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** At most 20,000 lines: a year's plan has a few hundred. */
	public static final int MAX_LINES = 20_000;

	/** At most 20,000 characters in a line: a long paragraph has a few thousand. */
	public static final int MAX_LINE_LENGTH = 20_000;

	private static final int MAX_BYTES_IN_MB = MAX_BYTES / (1024 * 1024);

	private static final Set<String> TEXT = Set.of("txt", "text");

	private static final String DOCX = "docx";

	private static final Set<String> OLD_WORD = Set.of("doc", "dot");

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** Files that are certainly not text: PDF, PNG, JPEG, GIF, zip, RAR, 7z, gzip. */
	private static final byte[][] BINARY = { { '%', 'P', 'D', 'F', '-' }, { (byte) 0x89, 'P', 'N', 'G' },
			{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, { 'G', 'I', 'F', '8' }, ZIP, { 'R', 'a', 'r', '!' },
			{ '7', 'z', (byte) 0xBC, (byte) 0xAF }, { 0x1F, (byte) 0x8B } };

	/**
	 * "EncryptedPackage" as an OLE directory names it (UTF-16LE): a password-protected
	 * .docx.
	 */
	private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

	private static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * The text of an uploaded file.
	 * @param fileName the name the browser sent (a path is cut off; only its extension
	 * and name are used)
	 * @param content the file's bytes
	 * @return the text, lines separated by {@code \n}
	 * @throws UnreadableDocument when the file is not a {@code .txt} or {@code .docx},
	 * too large, empty, binary, broken, a zip bomb, or has too many or too long lines
	 */
	public String read(String fileName, byte[] content) {
		String name = displayName(fileName);
		String extension = extension(baseName(fileName));
		if (OLD_WORD.contains(extension)) {
			throw new UnreadableDocument("import.error.oldWord", name);
		}
		if (!TEXT.contains(extension) && !DOCX.equals(extension)) {
			throw new UnreadableDocument("import.error.type", name);
		}
		checkSize(content, name);
		if (startsWith(content, OLE)) {
			// a .doc renamed, or a .docx with an opening password (Word then wraps it in
			// an OLE file)
			throw new UnreadableDocument(
					contains(content, ENCRYPTED_PACKAGE) ? "import.error.encrypted" : "import.error.oldWord", name);
		}
		if (DOCX.equals(extension)) {
			if (!startsWith(content, ZIP)) {
				throw new UnreadableDocument("import.error.brokenDocx", name);
			}
			return checked(DocxText.read(content, name));
		}
		return checked(decode(content, name));
	}

	/**
	 * Whether the file is a workbook ({@code .xlsx}), to be read as an exported plan
	 * rather than as text.
	 */
	public static boolean isWorkbook(String fileName) {
		return "xlsx".equals(extension(baseName(fileName)));
	}

	/**
	 * An uploaded workbook's bytes, held to the same size and zip checks as a
	 * {@code .docx}.
	 * @throws UnreadableDocument when it is empty, too large, not a zip, or a zip bomb
	 */
	public byte[] workbook(String fileName, byte[] content) {
		String name = displayName(fileName);
		checkSize(content, name);
		if (!startsWith(content, ZIP)) {
			throw new UnreadableDocument("import.error.brokenWorkbook", name);
		}
		DocxText.checkZip(content, name);
		return content;
	}

	private static void checkSize(byte[] content, String name) {
		if (content == null || content.length == 0) {
			throw new UnreadableDocument("import.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new UnreadableDocument("import.error.tooLarge", name, MAX_BYTES_IN_MB);
		}
	}

	/**
	 * The text pasted into a form, held to the same rules as a file's.
	 * @throws UnreadableDocument when it is empty, too long, or has too many or too long
	 * lines
	 */
	public String pasted(String text) {
		if (text == null) {
			throw new UnreadableDocument("import.error.empty");
		}
		if (text.length() > MAX_BYTES) {
			throw new UnreadableDocument("import.error.pastedTooLarge", MAX_BYTES_IN_MB);
		}
		return checked(text);
	}

	/**
	 * Bytes as text: UTF-8 (with or without its BOM), else GB18030 (which GBK and GB2312
	 * are part of, what Notepad on a Chinese Windows saves as "ANSI"), or UTF-16 when its
	 * BOM says so; each decoded strictly, so that a wrong guess fails instead of giving
	 * mojibake. Bytes that are neither, or that decode to control characters, are binary.
	 */
	static String decode(byte[] content, String name) {
		for (byte[] signature : BINARY) {
			if (startsWith(content, signature)) {
				throw new UnreadableDocument("import.error.binary", name);
			}
		}
		String text;
		if (startsWith(content, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
			text = strictly(content, 3, StandardCharsets.UTF_8);
		}
		else if (startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			text = strictly(content, 2, StandardCharsets.UTF_16BE);
		}
		else if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			text = strictly(content, 2, StandardCharsets.UTF_16LE);
		}
		else {
			text = strictly(content, 0, StandardCharsets.UTF_8);
			if (text == null) {
				text = strictly(content, 0, GB18030);
			}
		}
		if (text == null || looksBinary(text)) {
			throw new UnreadableDocument("import.error.binary", name);
		}
		return text;
	}

	private static String strictly(byte[] content, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * A NUL, or control characters (other than tab, line and page breaks) in more than 1%
	 * of the text.
	 */
	private static boolean looksBinary(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (Character.isISOControl(c) && !isLineBreak(c) && c != '\t') {
				controls++;
			}
		}
		return controls > 8 && controls > text.length() / 100;
	}

	/**
	 * The text made plain and held to the limits: line breaks of every kind (CR LF, CR,
	 * vertical tab, form feed, NEL, U+2028/2029) become {@code \n}, other control
	 * characters and stray byte-order marks are dropped.
	 */
	static String checked(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				continue;
			}
			if (isLineBreak(c)) {
				out.append('\n');
			}
			else if (c == '\t' || (!Character.isISOControl(c) && c != '\uFEFF')) {
				out.append(c);
			}
		}
		String plain = out.toString();
		if (plain.isBlank()) {
			throw new UnreadableDocument("import.error.empty");
		}
		checkLines(plain);
		return plain;
	}

	private static void checkLines(String text) {
		long lines = text.lines().count();
		if (lines > MAX_LINES) {
			throw new UnreadableDocument("import.error.tooManyLines", lines, MAX_LINES);
		}
		int number = 0;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			end = (end < 0) ? text.length() : end;
			number++;
			if (end - start > MAX_LINE_LENGTH) {
				throw new UnreadableDocument("import.error.lineTooLong", number, end - start, MAX_LINE_LENGTH);
			}
			start = end + 1;
		}
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/**
	 * The name as the person knows it: without the folder some browsers send, control
	 * characters, or excess.
	 */
	static String displayName(String fileName) {
		String name = baseName(fileName);
		return (name.length() > 100) ? name.substring(0, 99) + "…" : name;
	}

	private static String baseName(String fileName) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(name.length());
		int start = 0;
		int forbidden;
		// the characters PlainText refuses in a line are left out
		while ((forbidden = PlainText.firstForbidden(name.subSequence(start, name.length()), false)) >= 0) {
			kept.append(name, start, start + forbidden);
			start += forbidden + 1;
		}
		return kept.append(name, start, name.length()).toString().strip();
	}

	static String extension(String name) {
		String trimmed = name.replaceAll("[.\\s]+$", "");
		int dot = trimmed.lastIndexOf('.');
		return (dot < 0) ? "" : trimmed.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
