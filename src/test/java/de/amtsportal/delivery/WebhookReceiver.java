package de.amtsportal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A specialist procedure's webhook endpoint as a receiver would build it, on a real local HTTP server: it checks
 * the Standard Webhooks signature with the shared secret, stores each idempotency key's application once and
 * answers a repetition with 200 again. Tests switch how it behaves: failing with 500, answering too late
 * (after it stored the application, as when the answer is lost on the way), refusing with 400, or working.
 */
final class WebhookReceiver implements AutoCloseable {

	enum Behaviour {
		FAIL, SLOW, REFUSE, WORK
	}

	/** A request as it arrived: key, timestamp, body, whether its signature verified. */
	record Arrival(String key, long timestamp, String body, boolean signatureValid) {
	}

	private final HttpServer server;
	private volatile Behaviour behaviour = Behaviour.WORK;
	private volatile String secret = "";
	private final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
	/** What the receiver keeps: one application per idempotency key, and how often it was stored. */
	private final Map<String, AtomicInteger> stored = Collections.synchronizedMap(new LinkedHashMap<>());

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/eingang", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/eingang";
	}

	void behave(Behaviour behaviour) {
		this.behaviour = behaviour;
	}

	void secret(String secret) {
		this.secret = secret;
	}

	List<Arrival> arrivals() {
		synchronized (arrivals) {
			return List.copyOf(arrivals);
		}
	}

	Map<String, Integer> stored() {
		synchronized (stored) {
			Map<String, Integer> copy = new LinkedHashMap<>();
			stored.forEach((k, v) -> copy.put(k, v.get()));
			return copy;
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String key = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id"));
		long timestamp = Long.parseLong(String.valueOf(exchange.getRequestHeaders().getFirst("webhook-timestamp")));
		String signature = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-signature"));
		boolean valid = verify(secret, key, timestamp, body, signature)
				&& key.equals(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
		arrivals.add(new Arrival(key, timestamp, new String(body, StandardCharsets.UTF_8), valid));
		Behaviour now = behaviour;
		if (!valid) {
			respond(exchange, 401);
			return;
		}
		switch (now) {
			case FAIL -> respond(exchange, 500);
			case REFUSE -> respond(exchange, 400);
			case SLOW -> {
				store(key);
				sleep(2500);
				respond(exchange, 200);
			}
			case WORK -> {
				store(key);
				respond(exchange, 200);
			}
		}
	}

	/** Deduplication by idempotency key: a repetition is acknowledged, not stored again. */
	private void store(String key) {
		stored.computeIfAbsent(key, k -> new AtomicInteger()).compareAndSet(0, 1);
	}

	/** The receiver's side of Standard Webhooks, written from the specification (not with the sender's code). */
	static boolean verify(String secret, String id, long timestamp, byte[] body, String header) {
		try {
			byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = mac.doFinal(body);
			for (String candidate : header.split(" ")) {
				if (candidate.startsWith("v1,")
						&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (GeneralSecurityException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
			return false;
		}
	}

	private static void respond(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
