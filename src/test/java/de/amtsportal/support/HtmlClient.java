package de.amtsportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, for journeys across several servers (the portal and an identity provider):
 * keeps cookies, follows redirects and remembers them, reads forms and submits them as a person would.
 * HTML is read with regular expressions, which is enough for the server-rendered pages it visits.
 */
public final class HtmlClient {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
	private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final HttpClient http;
	private final String language;

	/** @param language sent as {@code Accept-Language}, as a browser set to that language would */
	public HtmlClient(String language) {
		this.language = language;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new LoopbackIsSecure())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public Page get(String url) {
		return follow(request(URI.create(url)).GET(), new ArrayList<>());
	}

	/** Submits {@code form} with its own fields (hidden ones included) overridden by {@code fields}. */
	public Page submit(Form form, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>(form.fields());
		values.putAll(fields);
		String body = values.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder post = request(form.action()).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return follow(post, new ArrayList<>());
	}

	private HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html")
			.header("Accept-Language", language);
	}

	private Page follow(HttpRequest.Builder builder, List<URI> visited) {
		HttpRequest request = builder.build();
		visited.add(request.uri());
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(request.method() + " " + request.uri(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		Optional<String> location = response.headers().firstValue("Location");
		if (REDIRECTS.contains(response.statusCode()) && location.isPresent()) {
			if (visited.size() > 20) {
				throw new IllegalStateException("Redirect loop: " + visited);
			}
			// 301-303 turn a post into a get, as browsers do; this client never needs 307/308 to repeat a post
			return follow(request(request.uri().resolve(location.get())).GET(), visited);
		}
		return new Page(request.uri(), response.statusCode(), response.headers(), response.body(), List.copyOf(visited));
	}

	/** A page as it arrived, with every address the browser went through to get there (the last one is {@link #uri()}). */
	public record Page(URI uri, int status, HttpHeaders headers, String body, List<URI> visited) {

		/** The form whose {@code id} or {@code action} (without its query) is {@code idOrAction}. */
		public Form form(String idOrAction) {
			Matcher forms = FORM.matcher(body);
			while (forms.find()) {
				Map<String, String> attributes = attributes(forms.group(1));
				String action = attributes.getOrDefault("action", "");
				if (idOrAction.equals(attributes.get("id")) || action.equals(idOrAction) || action.startsWith(idOrAction + "?")) {
					Map<String, String> fields = new LinkedHashMap<>();
					Matcher inputs = INPUT.matcher(forms.group(2));
					while (inputs.find()) {
						Map<String, String> input = attributes(inputs.group(1));
						String type = input.getOrDefault("type", "text").toLowerCase();
						if (input.containsKey("name") && !Set.of("submit", "button", "checkbox", "radio", "file").contains(type)) {
							fields.put(input.get("name"), input.getOrDefault("value", ""));
						}
					}
					return new Form(uri.resolve(action.isEmpty() ? uri.toString() : action), fields);
				}
			}
			throw new AssertionError("No form " + idOrAction + " on " + uri + ":\n" + body);
		}

		/** The address of the link whose text contains {@code text}, resolved against this page. */
		public String link(String text) {
			Matcher links = LINK.matcher(body);
			while (links.find()) {
				if (unescape(links.group(2).replaceAll("<[^>]*>", "")).contains(text)) {
					return uri.resolve(attributes(links.group(1)).get("href")).toString();
				}
			}
			throw new AssertionError("No link \"" + text + "\" on " + uri + ":\n" + body);
		}

		/** The text a person reads: tags removed, entities resolved, white space collapsed. */
		public String text() {
			String withoutCode = body.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ");
			return unescape(withoutCode.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
		}

		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}

		public String path() {
			return uri.getPath();
		}
	}

	/** A form's target and the values it would send as it stands. */
	public record Form(URI action, Map<String, String> fields) {
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(tag);
		while (matcher.find()) {
			attributes.put(matcher.group(1).toLowerCase(), unescape(matcher.group(3) != null ? matcher.group(3) : matcher.group(4)));
		}
		return attributes;
	}

	static String unescape(String html) {
		Matcher entities = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(html);
		StringBuilder text = new StringBuilder();
		while (entities.find()) {
			String entity = entities.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> Character.toString(entity.startsWith("#x") || entity.startsWith("#X")
						? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)));
			};
			entities.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		entities.appendTail(text);
		return text.toString();
	}

	/**
	 * Browsers treat {@code http://localhost} and {@code http://127.0.0.1} as secure contexts and send
	 * {@code Secure} cookies there (Keycloak sets only such cookies); {@link CookieManager} would not.
	 */
	private static final class LoopbackIsSecure extends CookieHandler {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
			return cookies.get(secure(uri), requestHeaders);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
			cookies.put(secure(uri), responseHeaders);
		}

		private static URI secure(URI uri) {
			if (!"http".equals(uri.getScheme()) || !Set.of("localhost", "127.0.0.1").contains(uri.getHost())) {
				return uri;
			}
			return URI.create("https://" + uri.getRawAuthority() + Objects.requireNonNullElse(uri.getRawPath(), ""));
		}
	}
}
