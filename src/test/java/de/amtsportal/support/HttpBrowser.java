package de.amtsportal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with cookies that does not follow redirects, and sends the CSRF token of the last
 * page it read along with every form, as a browser does.
 */
public class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrfToken = "";

	public HttpBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	public Response post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", csrfToken);
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), headers);
	}

	/** Signs in with e-mail address and password through the sign-in page; returns where it redirects. */
	public String signIn(String email, String password, String... headers) throws IOException, InterruptedException {
		get("/konto/anmelden");
		return post("/konto/anmelden", Map.of("email", email, "password", password), headers).header("Location");
	}

	private Response send(HttpRequest.Builder request, String... headers) throws IOException, InterruptedException {
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrfToken = token.group(1);
		}
		return new Response(response);
	}

	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}
}
