package org.leagueplan.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one zip check that imports and evidence uploads share: each limit refuses by
 * itself, paths outside the package are refused, and what is not a zip is broken.
 */
class ZipContainersTests {

	private static final ZipContainers.Limits LIMITS = new ZipContainers.Limits(10, 5 * 1024 * 1024, 100, 1024 * 1024);

	@Test
	void withinTheLimitsTheEntriesAreListed() throws IOException {
		ZipContainers.Result result = ZipContainers.check(zip("word/", 10, 400_000), LIMITS);
		assertThat(result.verdict()).isEqualTo(ZipContainers.Verdict.ACCEPTABLE);
		assertThat(result.entryNames()).hasSize(10).first().isEqualTo("word/part0.xml");
	}

	@Test
	void eachLimitRefusesByItself() throws IOException {
		assertThat(ZipContainers.check(zip("word/", 11, 1), LIMITS).verdict())
			.isEqualTo(ZipContainers.Verdict.ZIP_BOMB);
		// 6 MB in all, each part within the ratio's grace
		assertThat(ZipContainers.check(zip("word/", 6, 1_000_000), LIMITS).verdict())
			.isEqualTo(ZipContainers.Verdict.ZIP_BOMB);
		// one part of 3 MB of zeros: a thousandfold past its first megabyte
		assertThat(ZipContainers.check(zip("word/", 1, 3 * 1024 * 1024), LIMITS).verdict())
			.isEqualTo(ZipContainers.Verdict.ZIP_BOMB);
		assertThat(ZipContainers.check(zip("../", 1, 1), LIMITS).verdict()).isEqualTo(ZipContainers.Verdict.ZIP_BOMB);
	}

	@Test
	void whatIsNotAZipIsBroken() {
		assertThat(ZipContainers.isZip("PK\u0003\u0004".getBytes())).isTrue();
		assertThat(ZipContainers.isZip("%PDF".getBytes())).isFalse();
		assertThat(ZipContainers.check("PK\u0003\u0004 cut off".getBytes(), LIMITS).verdict())
			.isEqualTo(ZipContainers.Verdict.BROKEN);
		assertThat(ZipContainers.check(new byte[0], LIMITS).verdict()).isEqualTo(ZipContainers.Verdict.BROKEN);
	}

	@Test
	void entryPathsOutsideThePackage() {
		assertThat(ZipContainers.outside("word/document.xml")).isFalse();
		assertThat(ZipContainers.outside("word/media/..image1.png")).isFalse();
		assertThat(ZipContainers.outside("../document.xml")).isTrue();
		assertThat(ZipContainers.outside("word/../../document.xml")).isTrue();
		assertThat(ZipContainers.outside("word\\..\\..\\document.xml")).isTrue();
		assertThat(ZipContainers.outside("/etc/passwd")).isTrue();
		assertThat(ZipContainers.outside("c:/windows/win.ini")).isTrue();
	}

	/** A zip of {@code entries} entries under {@code folder}, each {@code size} zeros. */
	private static byte[] zip(String folder, int entries, int size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] zeros = new byte[size];
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry(folder + "part" + i + ".xml"));
				zip.write(zeros);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
