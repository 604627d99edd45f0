package org.leagueplan.system;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one check of an uploaded zip container (a {@code .docx}, {@code .xlsx} or
 * {@code .pptx}) before anything opens it: its entries are walked as a reader would walk
 * them (local entries, in order), counting the bytes actually inflated — the sizes in the
 * headers are the sender's word and are not trusted — and it is refused as a zip bomb
 * when it has too many entries, inflates to too much in all, an entry inflates far more
 * than its compressed size past a small grace, or an entry names a path outside the
 * package.
 */
public final class ZipContainers {

	/** What a reader of the container may take: each caller names its own. */
	public record Limits(int maxEntries, long maxInflated, int maxRatio, long ratioGrace) {
	}

	public enum Verdict {

		/** Within the limits. */
		ACCEPTABLE,
		/** Over a limit, or an entry path outside the package. */
		ZIP_BOMB,
		/**
		 * Not a zip Java can read (cut off, an unknown compression method, a malformed
		 * name), or empty.
		 */
		BROKEN

	}

	/**
	 * The outcome: the verdict, the entry names read (all of them when acceptable), and
	 * for a refusal why, in words for the log.
	 */
	public record Result(Verdict verdict, List<String> entryNames, String why) {

		public boolean acceptable() {
			return this.verdict == Verdict.ACCEPTABLE;
		}

	}

	private static final byte[] SIGNATURE = { 'P', 'K', 3, 4 };

	private ZipContainers() {
	}

	/** Whether the bytes start as a zip does. */
	public static boolean isZip(byte[] content) {
		if (content == null || content.length < SIGNATURE.length) {
			return false;
		}
		for (int i = 0; i < SIGNATURE.length; i++) {
			if (content[i] != SIGNATURE[i]) {
				return false;
			}
		}
		return true;
	}

	/** Walks the whole container within the limits. */
	public static Result check(byte[] content, Limits limits) {
		CountingStream raw = new CountingStream(new ByteArrayInputStream(content));
		List<String> names = new ArrayList<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(raw)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (names.size() >= limits.maxEntries()) {
					return refused(names, "more than " + limits.maxEntries() + " entries");
				}
				names.add(entry.getName());
				if (outside(entry.getName())) {
					return refused(names, "entry path " + printable(entry.getName()));
				}
				long compressedStart = raw.count;
				long inflated = 0;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					inflated += read;
					total += read;
					if (total > limits.maxInflated()) {
						return refused(names, "more than " + limits.maxInflated() + " bytes inflated");
					}
					long compressed = Math.max(1, raw.count - compressedStart);
					if (inflated > limits.ratioGrace() && inflated > limits.maxRatio() * compressed) {
						return refused(names,
								printable(entry.getName()) + " inflates " + inflated + " from " + compressed);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Result(Verdict.BROKEN, List.copyOf(names), ex.toString());
		}
		if (names.isEmpty()) {
			return new Result(Verdict.BROKEN, List.of(), "no entries");
		}
		return new Result(Verdict.ACCEPTABLE, List.copyOf(names), null);
	}

	/**
	 * An entry named {@code ../x}, {@code /x} or {@code C:x} would land outside the
	 * package if written out.
	 */
	public static boolean outside(String entryName) {
		String path = entryName.replace('\\', '/');
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
			return true;
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	private static Result refused(List<String> names, String why) {
		return new Result(Verdict.ZIP_BOMB, List.copyOf(names), why);
	}

	private static String printable(String entryName) {
		return entryName.replaceAll("\\p{Cntrl}", "?");
	}

	/**
	 * Counts the bytes the zip reader has taken from the upload, to compare with what it
	 * inflated.
	 */
	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
