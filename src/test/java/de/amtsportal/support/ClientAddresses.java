package de.amtsportal.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests from a client address of their own. Failed sign-ins count per address across the whole (shared)
 * application context, so a test that fails sign-ins on purpose must not use up another test's budget.
 */
public final class ClientAddresses {

	private static final AtomicInteger next = new AtomicInteger(1);

	private ClientAddresses() {
	}

	/** An address no other request in this JVM has used. */
	public static String fresh() {
		int n = next.getAndIncrement();
		return "10.%d.%d.%d".formatted((n >> 16) & 255, (n >> 8) & 255, n & 255);
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
