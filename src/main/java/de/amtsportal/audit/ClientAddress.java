package de.amtsportal.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client of the current request, if there is one (behind a proxy: forwarded headers). */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static @Nullable String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
