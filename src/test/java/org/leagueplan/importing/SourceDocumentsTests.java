package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Uploaded and pasted text: the seed document reads the same in every encoding a
 * committee's computer saves, and each kind of file that cannot be read is refused with
 * its own message.
 */
class SourceDocumentsTests {

	private final SourceDocuments sources = new SourceDocuments();

	@Test
	void seedDocumentReadsTheSameInEveryEncoding() throws IOException {
		String seed = seed();
		byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
		String fromUtf8 = this.sources.read("2023年工作计划.txt", utf8);
		assertThat(fromUtf8).isEqualTo(seed);
		assertThat(this.sources.read("plan.txt", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8)))
			.isEqualTo(seed);
		byte[] gb18030 = seed.getBytes(Charset.forName("GB18030"));
		assertThat(gb18030).isNotEqualTo(utf8);
		assertThat(this.sources.read("plan.txt", gb18030)).isEqualTo(seed);
		// Java's UTF-16 writes a big-endian BOM; Notepad's "Unicode" is little-endian
		// with its BOM
		assertThat(this.sources.read("plan.txt", seed.getBytes(StandardCharsets.UTF_16))).isEqualTo(seed);
		assertThat(this.sources.read("plan.TEXT",
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, seed.getBytes(StandardCharsets.UTF_16LE))))
			.isEqualTo(seed);
		assertThat(new PlanDocumentParser(java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"))).parse(fromUtf8)
			.items()).hasSize(15);
	}

	@Test
	void windowsLineEndingsAndStrayControlCharactersAreCleanedUp() throws IOException {
		String seed = seed();
		String windows = seed.replace("\n", "\r\n");
		assertThat(this.sources.read("plan.txt", windows.getBytes(StandardCharsets.UTF_8))).isEqualTo(seed);
		assertThat(this.sources.read("plan.txt", seed.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(seed);
		String noisy = "一、组织\u0007建设\u000B1、新建团支部\u001B12个\f第1页\t共1页";
		assertThat(this.sources.read("plan.txt", noisy.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("一、组织建设\n1、新建团支部12个\n第1页\t共1页");
	}

	@Test
	void aPathSentAsTheFileNameIsCutToTheName() {
		UnreadableDocument refused = refused(() -> this.sources.read("C:\\Users\\团委\\Desktop\\计划.pdf", new byte[10]));
		assertThat(refused.messageKey()).isEqualTo("import.error.type");
		assertThat(refused.arguments()).containsExactly("计划.pdf");
		assertThat(this.sources.read("/home/团委/计划.TXT", "一、组织建设".getBytes(StandardCharsets.UTF_8))).isEqualTo("一、组织建设");
	}

	@Test
	void emptyAndWhitespaceOnlyFilesAreEmpty() {
		assertThat(key(() -> this.sources.read("plan.txt", new byte[0]))).isEqualTo("import.error.empty");
		assertThat(key(() -> this.sources.read("plan.docx", new byte[0]))).isEqualTo("import.error.empty");
		assertThat(key(() -> this.sources.read("plan.txt", " \r\n\t\u3000\n ".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("import.error.empty");
		assertThat(key(() -> this.sources.read("plan.txt", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })))
			.isEqualTo("import.error.empty");
	}

	@Test
	void binaryFilesNamedTxtAreBinary() {
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		random[0] = 0x41;
		assertThat(key(() -> this.sources.read("plan.txt", random))).isEqualTo("import.error.binary");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		assertThat(key(() -> this.sources.read("截图.txt", png))).isEqualTo("import.error.binary");
		assertThat(key(() -> this.sources.read("plan.txt", "%PDF-1.7\n一、组织建设".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("import.error.binary");
		assertThat(key(() -> this.sources.read("plan.txt", "一、组织\0建设".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("import.error.binary");
		assertThat(key(() -> this.sources.read("plan.txt",
				"一\u0001\u0002\u0003\u0004、\u0005\u0006\u0007\u0008\u000E".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("import.error.binary");
		// neither UTF-8 nor GB18030: 0x80 and 0xFF are never a GB18030 lead byte
		assertThat(key(() -> this.sources.read("plan.txt", new byte[] { 'a', (byte) 0x80, 'b', (byte) 0xFF })))
			.isEqualTo("import.error.binary");
	}

	@Test
	void oldWordFilesAreRecognisedByNameAndByContent() throws IOException {
		byte[] oldWord = oleFile("WordDocument");
		assertThat(key(() -> this.sources.read("计划.doc", oldWord))).isEqualTo("import.error.oldWord");
		assertThat(key(() -> this.sources.read("计划.DOC", new byte[] { 1, 2, 3 }))).isEqualTo("import.error.oldWord");
		assertThat(key(() -> this.sources.read("计划.docx", oldWord))).isEqualTo("import.error.oldWord");
		assertThat(key(() -> this.sources.read("计划.txt", oldWord))).isEqualTo("import.error.oldWord");
	}

	@Test
	void aPasswordProtectedDocxIsSaidToBeProtected() throws IOException {
		byte[] encrypted = oleFile("EncryptionInfo", "EncryptedPackage");
		assertThat(key(() -> this.sources.read("计划.docx", encrypted))).isEqualTo("import.error.encrypted");
	}

	@Test
	void otherTypesAreRefusedNamingTheAcceptedOnes() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		for (String name : new String[] { "计划.pdf", "计划.xlsx", "计划.png", "计划.wps", "计划", "计划.txt.exe" }) {
			UnreadableDocument refused = refused(() -> this.sources.read(name, pdf));
			assertThat(refused.messageKey()).as(name).isEqualTo("import.error.type");
			assertThat(message(refused)).contains(name, ".docx", ".txt");
		}
	}

	@Test
	void aFileOverFiveMegabytesIsTooLarge() {
		byte[] large = new byte[6 * 1024 * 1024];
		Arrays.fill(large, (byte) 'a');
		UnreadableDocument refused = refused(() -> this.sources.read("计划.txt", large));
		assertThat(refused.messageKey()).isEqualTo("import.error.tooLarge");
		assertThat(refused.arguments()).containsExactly("计划.txt", 5);
		assertThat(message(refused)).isEqualTo("文件“计划.txt”超过 5 MB，请删去图片或拆分后再上传。");
		assertThat(key(() -> this.sources.read("计划.docx", Arrays.copyOf(large, SourceDocuments.MAX_BYTES + 1))))
			.isEqualTo("import.error.tooLarge");
	}

	@Test
	void moreThanTwentyThousandLinesAreTooMany() {
		String lines = "1、开展活动\n".repeat(50_000);
		UnreadableDocument refused = refused(() -> this.sources.read("计划.txt", lines.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.messageKey()).isEqualTo("import.error.tooManyLines");
		assertThat(refused.arguments()).containsExactly(50_000L, 20_000);
		assertThat(message(refused)).isEqualTo("内容共有 50000 行，超过了 20000 行的上限。请只保留年度计划部分，或拆分后分几次导入。");
		String most = "1、开展活动\n".repeat(SourceDocuments.MAX_LINES);
		assertThat(this.sources.read("计划.txt", most.getBytes(StandardCharsets.UTF_8))).isEqualTo(most);
		assertThat(key(() -> this.sources.pasted(lines))).isEqualTo("import.error.tooManyLines");
	}

	@Test
	void aLineOverTwentyThousandCharactersIsTooLong() {
		String text = "一、组织建设\n1、" + "团".repeat(SourceDocuments.MAX_LINE_LENGTH) + "\n2、结束";
		UnreadableDocument refused = refused(() -> this.sources.read("计划.txt", text.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.messageKey()).isEqualTo("import.error.lineTooLong");
		assertThat(refused.arguments()).containsExactly(2, 20_002, 20_000);
		assertThat(message(refused)).startsWith("第 2 行有 20002 个字，超过了每行 20000 个字的上限。");
		String longest = "团".repeat(SourceDocuments.MAX_LINE_LENGTH);
		assertThat(this.sources.pasted(longest)).isEqualTo(longest);
	}

	@Test
	void pastedTextIsHeldToTheSameRules() throws IOException {
		String seed = seed();
		assertThat(this.sources.pasted(seed.replace("\n", "\r\n"))).isEqualTo(seed);
		assertThat(this.sources.pasted("\uFEFF一、组织建设")).isEqualTo("一、组织建设");
		assertThat(key(() -> this.sources.pasted(null))).isEqualTo("import.error.empty");
		assertThat(key(() -> this.sources.pasted("  \n\u3000 "))).isEqualTo("import.error.empty");
		UnreadableDocument refused = refused(() -> this.sources.pasted("团".repeat(SourceDocuments.MAX_BYTES + 1)));
		assertThat(refused.messageKey()).isEqualTo("import.error.pastedTooLarge");
		assertThat(message(refused)).isEqualTo("粘贴的文字超过 5 MB，请拆分后分几次导入。");
	}

	@Test
	void everyRefusalResolvesToAMessageInBothLanguages() {
		UnreadableDocument refused = refused(() -> this.sources.read("计划.doc", new byte[1]));
		assertThat(refused.getCodes()).containsExactly("import.error.oldWord");
		assertThat(message(refused)).isEqualTo("文件“计划.doc”是旧版 Word（.doc）文件，请在 Word 或 WPS 中“另存为”.docx 后再上传。");
		assertThat(messages().getMessage(refused, Locale.ENGLISH)).startsWith("The file \"计划.doc\" is an old Word");
	}

	static String seed() throws IOException {
		try (InputStream in = new ClassPathResource("demo/2023-district-work-plan.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * An OLE2 compound file (the container of .doc, and of a password-protected .docx)
	 * with these streams.
	 */
	private static byte[] oleFile(String... streams) throws IOException {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String stream : streams) {
				ole.createDocument(new ByteArrayInputStream(new byte[600]), stream);
			}
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	static UnreadableDocument refused(ThrowingCallable call) {
		UnreadableDocument refused = catchThrowableOfType(UnreadableDocument.class, call);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

	static String key(ThrowingCallable call) {
		return refused(call).messageKey();
	}

	static String message(UnreadableDocument refused) {
		return messages().getMessage(refused, Locale.SIMPLIFIED_CHINESE);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
