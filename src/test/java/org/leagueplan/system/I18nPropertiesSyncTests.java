package org.leagueplan.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles: the three bundles have the same keys, the default bundle is
 * the Chinese one, templates hold no literal text, and every key a template names exists.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** Literal message keys in templates: #{key} and #{key(args)}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	/** Attributes a person reads, written without th: (which would make them literal text). */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|label)=\"([^\"]*)\"");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
		assertThat(new TreeSet<>(load("messages.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(chinese));
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(chinese));
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
