package org.leagueplan.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.leagueplan.system.ZipContainers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leagueplan.system.PlainText;

/**
 * Decides what an uploaded file really is from its first bytes, not from its name or the
 * browser's word: images (JPEG, PNG, GIF), PDF, Word and Excel (the zip-based .docx /
 * .xlsx and the older .doc / .xls). A file whose name claims another type than its
 * content is refused, and so is any other content.
 */
final class EvidenceFiles {

	private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

	/** Up to this size per file. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	/**
	 * An Office file inflates to at most 200 MB in all (a 20 MB workbook of XML
	 * compresses some 10 to 20 times), of at most 2,000 parts, none inflating more than
	 * 100 times its size past its first megabyte.
	 */
	static final ZipContainers.Limits ZIP_LIMITS = new ZipContainers.Limits(2000, 200L * 1024 * 1024, 100, 1024 * 1024);

	enum FileType {

		JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"), GIF("image/gif", "gif"),
		PDF("application/pdf", "pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		OLE("application/msword", "doc", "xls");

		final String contentType;

		final List<String> extensions;

		FileType(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = List.of(extensions);
		}

		/**
		 * The content type to send on download: the older Office formats share one
		 * header.
		 */
		String contentTypeFor(String extension) {
			return (this == OLE && "xls".equals(extension)) ? "application/vnd.ms-excel" : this.contentType;
		}

	}

	private EvidenceFiles() {
	}

	/**
	 * What the content is: one of the accepted kinds, a zip bomb (an Office file's zip
	 * over {@link #ZIP_LIMITS}), or neither.
	 */
	record Detected(Optional<FileType> type, boolean zipBomb) {

		static final Detected NONE = new Detected(Optional.empty(), false);

		static Detected of(FileType type) {
			return new Detected(Optional.of(type), false);
		}

	}

	/**
	 * The file's type by content, if it is one of the accepted kinds; a zip bomb is none
	 * of them.
	 */
	static Detected detect(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return Detected.of(FileType.JPEG);
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Detected.of(FileType.PNG);
		}
		if (startsWith(bytes, 'G', 'I', 'F', '8')) {
			return Detected.of(FileType.GIF);
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return Detected.of(FileType.PDF);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Detected.of(FileType.OLE);
		}
		if (ZipContainers.isZip(bytes)) {
			return officeZip(bytes);
		}
		return Detected.NONE;
	}

	/**
	 * A zip is Word or Excel when it holds their parts and passes the one zip check; any
	 * other zip (or a broken one) is not accepted.
	 */
	private static Detected officeZip(byte[] bytes) {
		ZipContainers.Result zip = ZipContainers.check(bytes, ZIP_LIMITS);
		if (zip.verdict() == ZipContainers.Verdict.ZIP_BOMB) {
			log.warn("Refused an evidence file as a zip bomb: {}", zip.why());
			return new Detected(Optional.empty(), true);
		}
		if (!zip.acceptable() || !zip.entryNames().contains("[Content_Types].xml")) {
			return Detected.NONE;
		}
		if (zip.entryNames().stream().anyMatch(name -> name.startsWith("word/"))) {
			return Detected.of(FileType.DOCX);
		}
		return zip.entryNames().stream().anyMatch(name -> name.startsWith("xl/")) ? Detected.of(FileType.XLSX)
				: Detected.NONE;
	}

	/** The name's extension, lower case, or empty. */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A name safe to store and to offer on download: no folders, no control or reserved
	 * characters, at most 100 characters, the extension kept.
	 */
	static String safeName(String original, FileType type) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = replaceForbidden(name).replaceAll("[\"*:<>?|]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		String extension = extension(name);
		if (name.isEmpty() || !type.extensions.contains(extension)) {
			return "evidence." + type.extensions.get(0);
		}
		if (name.length() > 100) {
			name = name.substring(0, 95 - extension.length()) + "." + extension;
		}
		return name;
	}

	/**
	 * The name with each character {@link PlainText} refuses in a line replaced by
	 * {@code _}.
	 */
	private static String replaceForbidden(String name) {
		StringBuilder kept = new StringBuilder(name.length());
		int start = 0;
		int forbidden;
		while ((forbidden = PlainText.firstForbidden(name.subSequence(start, name.length()), false)) >= 0) {
			kept.append(name, start, start + forbidden).append('_');
			start += forbidden + 1;
		}
		return kept.append(name, start, name.length()).toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		return Arrays.equals(Arrays.copyOf(bytes, prefix.length), toBytes(prefix));
	}

	private static byte[] toBytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
