package de.amtsportal.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.PasswordPolicy;
import de.amtsportal.identity.internal.SignInRejected;
import de.amtsportal.identity.internal.TokenCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles as an executable convention: German and English have the same keys, none empty;
 * every key the templates and Java sources use exists, and every key is used — literally, or through a
 * family whose prefix the sources build keys from ({@code #{${'role.' + r.name()}}},
 * {@code "identity.password." + violation}). Values with arguments are valid MessageFormat patterns.
 *
 * <p>A Java string literal counts as a key when its first segment is one the bundles use ({@code identity},
 * {@code contact}, …) and it has at least three segments — two-segment names such as the permission
 * {@code contact.read} are not keys.
 */
class MessageBundleTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path JAVA = Path.of("src/main/java");

	/** {@code #{key}} or {@code #{key(args)}} in a template. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
	/** {@code #{${'prefix.' + expression}}}: a family of keys built at run time. */
	static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\$\\{\\s*(?:'|&apos;|&#39;)([A-Za-z0-9_.-]+\\.)(?:'|&apos;|&#39;)\\s*\\+");
	/** {@code message = "{key}"} in a Bean Validation annotation. */
	/** {@code 'catalog.fee-kind.'}: a quoted prefix in a template expression. */
	static final Pattern TEMPLATE_LITERAL_PREFIX = Pattern.compile("(?:'|&apos;|&#39;)([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]*\\.)(?:'|&apos;|&#39;)");
	static final Pattern TEMPLATE_QUOTED_KEY = Pattern.compile("#messages\\.msg\\((?:'|&apos;|&#39;)([a-z][A-Za-z0-9_.-]*[A-Za-z0-9_-])(?:'|&apos;|&#39;)");
	static final Pattern ANNOTATION_KEY = Pattern.compile("\"\\{([A-Za-z0-9_.-]+)}\"");
	static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\.?)\"");

	@Test
	void germanAndEnglishHaveTheSameKeysAndNoEmptyValues() throws IOException {
		for (Path german : baseBundles()) {
			Properties de = load(german);
			Properties en = load(english(german));
			assertThat(en.stringPropertyNames()).as("keys of %s in English", german.getFileName())
				.containsExactlyInAnyOrderElementsOf(de.stringPropertyNames());
			for (Properties bundle : new Properties[] { de, en }) {
				bundle.stringPropertyNames()
					.forEach(key -> assertThat(bundle.getProperty(key)).as("value of %s in %s", key, german.getFileName()).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyTheSourcesUseExists() throws IOException {
		Set<String> keys = allKeys().keySet();
		TreeMap<String, String> missing = new TreeMap<>();
		for (var entry : usedKeys().entrySet()) {
			if (!keys.contains(entry.getKey())) {
				missing.put(entry.getKey(), entry.getValue());
			}
		}
		assertThat(missing).as("keys used but not in the bundles (key=file)").isEmpty();
		for (String prefix : prefixes()) {
			assertThat(keys).as("keys of the family %s", prefix).anyMatch(key -> key.startsWith(prefix));
		}
	}

	@Test
	void everyKeyIsUsed() throws IOException {
		Set<String> used = usedKeys().keySet();
		Set<String> prefixes = prefixes();
		Set<String> unused = new TreeSet<>();
		for (String key : allKeys().keySet()) {
			if (!used.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
				unused.add(key);
			}
		}
		assertThat(unused).as("keys no template or Java source uses").isEmpty();
	}

	@Test
	void everyMemberOfAnEnumBackedFamilyHasItsMessage() throws IOException {
		Set<String> keys = allKeys().keySet();
		for (Role role : Role.values()) {
			assertThat(keys).contains("role." + role.name());
		}
		for (TokenCheck check : TokenCheck.values()) {
			assertThat(keys).contains("identity.link." + check.name());
		}
		for (PasswordPolicy.Violation violation : PasswordPolicy.Violation.values()) {
			assertThat(keys).contains("identity.password." + violation.name());
		}
		for (SignInRejected.Reason reason : SignInRejected.Reason.values()) {
			assertThat(keys).contains("identity.sign-in.error." + reason.name().toLowerCase(Locale.ROOT));
		}
	}

	@Test
	void valuesWithArgumentsAreValidMessageFormatPatterns() throws IOException {
		Pattern argument = Pattern.compile("\\{(\\d+)[^}]*}");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (Path german : baseBundles()) {
			Properties de = load(german);
			Properties en = load(english(german));
			for (String key : de.stringPropertyNames()) {
				Set<String> arguments = new TreeSet<>();
				for (Properties bundle : new Properties[] { de, en }) {
					String value = bundle.getProperty(key, "");
					Set<String> found = new TreeSet<>();
					argument.matcher(value).results().forEach(m -> found.add(m.group(1)));
					if (!found.isEmpty()) {
						assertThat(value).as("%s: a single ' swallows what follows in MessageFormat", key)
							.doesNotContainPattern(loneApostrophe);
						assertThat(new MessageFormat(value).format(new Object[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })).doesNotContain("{");
					}
					if (bundle == de) {
						arguments.addAll(found);
					}
					else {
						assertThat(found).as("arguments of %s in German and English", key).isEqualTo(arguments);
					}
				}
			}
		}
	}

	/** Every key the templates and Java sources name literally, with a file that names it. */
	private static TreeMap<String, String> usedKeys() throws IOException {
		Set<String> namespaces = namespaces();
		TreeMap<String, String> used = new TreeMap<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template);
			TEMPLATE_KEY.matcher(html).results().forEach(m -> used.putIfAbsent(m.group(1), template.toString()));
			// a whole key in quotes, e.g. #messages.msg('forms.builder.outline.always')
			TEMPLATE_QUOTED_KEY.matcher(html).results().map(m -> m.group(1))
				.filter(value -> isKeyLike(value, namespaces))
				.forEach(value -> used.putIfAbsent(value, template.toString()));
		}
		for (Path source : files(JAVA, ".java")) {
			String java = Files.readString(source);
			ANNOTATION_KEY.matcher(java).results().forEach(m -> used.putIfAbsent(m.group(1), source.toString()));
			Matcher literal = JAVA_LITERAL.matcher(java);
			while (literal.find()) {
				String value = literal.group(1);
				if (!value.endsWith(".") && isKeyLike(value, namespaces)) {
					used.putIfAbsent(value, source.toString());
				}
			}
		}
		return used;
	}

	/** Prefixes from which templates and Java sources build keys at run time. */
	private static Set<String> prefixes() throws IOException {
		Set<String> namespaces = namespaces();
		Set<String> prefixes = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template);
			TEMPLATE_PREFIX.matcher(html).results().forEach(m -> prefixes.add(m.group(1)));
			// a quoted key prefix handed to #messages.msg(...) or to a fragment that appends the rest
			TEMPLATE_LITERAL_PREFIX.matcher(html).results().map(m -> m.group(1))
				.filter(value -> namespaces.contains(value.substring(0, value.indexOf('.'))))
				.forEach(prefixes::add);
		}
		for (Path source : files(JAVA, ".java")) {
			JAVA_LITERAL.matcher(Files.readString(source)).results()
				.map(m -> m.group(1))
				.filter(value -> value.endsWith(".") && namespaces.contains(value.substring(0, value.indexOf('.'))))
				.forEach(prefixes::add);
		}
		return prefixes;
	}

	private static boolean isKeyLike(String literal, Set<String> namespaces) {
		String[] segments = literal.split("\\.");
		return segments.length >= 3 && namespaces.contains(segments[0]);
	}

	/** The first segments of the keys in the bundles: identity, contact, error, … */
	private static Set<String> namespaces() throws IOException {
		Set<String> namespaces = new TreeSet<>();
		allKeys().keySet().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
		return namespaces;
	}

	/** Every German key, with the bundle that defines it. */
	private static TreeMap<String, String> allKeys() throws IOException {
		TreeMap<String, String> keys = new TreeMap<>();
		for (Path german : baseBundles()) {
			load(german).stringPropertyNames().forEach(key -> keys.put(key, german.getFileName().toString()));
		}
		return keys;
	}

	private static Set<Path> baseBundles() throws IOException {
		Set<Path> bundles = new TreeSet<>();
		for (Path file : files(BUNDLES, ".properties")) {
			if (!file.getFileName().toString().contains("_")) {
				bundles.add(file);
			}
		}
		assertThat(bundles).as("German base bundles").isNotEmpty();
		return bundles;
	}

	private static Path english(Path german) {
		return german.resolveSibling(german.getFileName().toString().replace(".properties", "_en.properties"));
	}

	private static Properties load(Path file) throws IOException {
		assertThat(file).as("bundle").exists();
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<Path> files(Path root, String extension) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(extension)).collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
