package org.leagueplan.progress.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.leagueplan.system.PlainText;

/**
 * Decides what an uploaded file really is from its first bytes, not from its name or the browser's word: images
 * (JPEG, PNG, GIF), PDF, Word and Excel (the zip-based .docx / .xlsx and the older .doc / .xls). A file whose name
 * claims another type than its content is refused, and so is any other content.
 */
final class EvidenceFiles {

	/** Up to this size per file. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final int MAX_ZIP_ENTRIES = 2000;

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

		/** The content type to send on download: the older Office formats share one header. */
		String contentTypeFor(String extension) {
			return (this == OLE && "xls".equals(extension)) ? "application/vnd.ms-excel" : this.contentType;
		}

	}

	private EvidenceFiles() {
	}

	/** The file's type by content, if it is one of the accepted kinds. */
	static Optional<FileType> detect(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(bytes, 'G', 'I', 'F', '8')) {
			return Optional.of(FileType.GIF);
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Optional.of(FileType.OLE);
		}
		if (startsWith(bytes, 'P', 'K', 3, 4)) {
			return officeZip(bytes);
		}
		return Optional.empty();
	}

	/** A zip is Word or Excel when it holds their parts; any other zip (or a broken one) is not accepted. */
	private static Optional<FileType> officeZip(byte[] bytes) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int count = 0;
			while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (contentTypes && word) {
			return Optional.of(FileType.DOCX);
		}
		return (contentTypes && excel) ? Optional.of(FileType.XLSX) : Optional.empty();
	}

	/** The name's extension, lower case, or empty. */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A name safe to store and to offer on download: no folders, no control or reserved characters, at most 100
	 * characters, the extension kept.
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

	/** The name with each character {@link PlainText} refuses in a line replaced by {@code _}. */
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
