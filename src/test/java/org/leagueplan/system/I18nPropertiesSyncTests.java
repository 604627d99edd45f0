package org.leagueplan.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles: the three bundles have the same
 * keys, the default bundle is the Chinese one, templates hold no literal text, and every
 * key a template names exists.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** Literal message keys in templates: #{key} and #{key(args)}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	/**
	 * Attributes a person reads, written without th: (which would make them literal
	 * text).
	 */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|label)=\"([^\"]*)\"");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
		assertThat(new TreeSet<>(load("messages.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(chinese));
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(chinese));
	}

	/**
	 * {@link Properties} keeps the last of two lines with the same key and says nothing,
	 * so a bundle is read line by line here: a key defined twice is a word a person never
	 * sees (issue 14: {@code report.title} twice showed {@code {0}} on the progress
	 * form).
	 */
	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		List<String> duplicates = new ArrayList<>();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path bundle : files.filter(file -> file.getFileName().toString().matches("messages.*\\.properties"))
				.sorted()
				.toList()) {
				duplicates.addAll(duplicateKeys(bundle));
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void duplicateKeysAreFoundEvenWhenSpelledDifferently() {
		assertThat(duplicateKeys(Path.of("x.properties"),
				List.of("# a comment", "a.b=1", "  c = 2 \\", "   a.b=3", "a\\u002eb: 4", "d 5", "d=6", "! e=7",
						"e=8")))
			.containsExactly("x.properties:5: a.b (first on line 2)", "x.properties:7: d (first on line 6)");
	}

	private static List<String> duplicateKeys(Path bundle) throws IOException {
		return duplicateKeys(bundle.getFileName(), Files.readAllLines(bundle, StandardCharsets.UTF_8));
	}

	/**
	 * The keys of a properties file that appear more than once, with the line numbers,
	 * read as Properties would.
	 */
	private static List<String> duplicateKeys(Path name, List<String> lines) {
		Map<String, Integer> firstLine = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		boolean continued = false;
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			boolean startsEntry = !continued;
			continued = endsWithOddBackslashes(line) && (continued || !isBlankOrComment(line));
			if (!startsEntry || isBlankOrComment(line)) {
				continue;
			}
			String key = key(line.stripLeading());
			Integer first = firstLine.putIfAbsent(key, number);
			if (first != null) {
				duplicates.add(name + ":" + number + ": " + key + " (first on line " + first + ")");
			}
		}
		return duplicates;
	}

	private static boolean isBlankOrComment(String line) {
		String stripped = line.stripLeading();
		return stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!");
	}

	private static boolean endsWithOddBackslashes(String line) {
		int count = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			count++;
		}
		return count % 2 == 1;
	}

	/** The key of an entry's first line, its escapes resolved by Properties itself. */
	private static String key(String line) {
		StringBuilder raw = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				raw.append(c).append(line.charAt(++i));
			}
			else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
				break;
			}
			else {
				raw.append(c);
			}
		}
		Properties single = new Properties();
		try {
			single.load(new StringReader(raw + "=x"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return single.stringPropertyNames().iterator().next();
	}

	@Test
	void defaultBundleIsChinese() throws IOException {
		Properties defaults = load("messages.properties");
		Properties chinese = load("messages_zh_CN.properties");
		assertThat(defaults).isEqualTo(chinese);
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			String text = html.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", " ");
			for (String word : text.split("\\s+")) {
				if (word.codePoints().anyMatch(Character::isLetter)) {
					offenders.add(TEMPLATES.relativize(template) + ": " + word);
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
					offenders.add(TEMPLATES.relativize(template) + ": " + attribute.group());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
