package de.amtsportal.open311;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Open311 client over real HTTP, without cookies: form posts as the specification has them, multipart with a
 * photo, and the answers parsed with real JSON and XML parsers.
 */
class Open311Client {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	Open311Client(int port) {
		this.base = "http://localhost:" + port;
	}

	Answer get(String path, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	Answer send(String method, String path, String contentType, byte[] body, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)), headers);
	}

	/** A form post; a key that appears twice in {@code repeated} is sent once per value. */
	Answer post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
		return send("POST", path, "application/x-www-form-urlencoded", encode(form).getBytes(StandardCharsets.UTF_8), headers);
	}

	Answer postRaw(String path, String encodedForm, String... headers) throws IOException, InterruptedException {
		return send("POST", path, "application/x-www-form-urlencoded", encodedForm.getBytes(StandardCharsets.UTF_8), headers);
	}

	Answer postMultipart(String path, Map<String, String> form, String fileName, byte[] photo) throws IOException, InterruptedException {
		String boundary = "----open311-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : form.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(photo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	static String encode(Map<String, String> form) {
		return form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private Answer send(HttpRequest.Builder request, String... headers) throws IOException, InterruptedException {
		if (headers.length > 0) {
			request.headers(headers);
		}
		return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	record Answer(HttpResponse<String> raw) {

		int status() {
			return raw.statusCode();
		}

		String body() {
			return raw.body();
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		JsonNode json() {
			assertThat(header("Content-Type")).as("content type of %s", body()).startsWith("application/json");
			return JSON.readTree(body());
		}

		Element xml() {
			assertThat(header("Content-Type")).as("content type of %s", body()).startsWith("text/xml");
			assertThat(body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
			try {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body().getBytes(StandardCharsets.UTF_8)));
				return document.getDocumentElement();
			}
			catch (Exception e) {
				throw new AssertionError("not well-formed XML: " + body(), e);
			}
		}
	}

	/** The child elements of an element with this name, in order. */
	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
		return found.get(0).getTextContent();
	}

	/** The names of the child elements, in order: the shape of an item. */
	static List<String> names(Element parent) {
		List<String> names = new ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				names.add(element.getTagName());
			}
		}
		return names;
	}
}
