package de.amtsportal.delivery.channels.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: only to hosts the operator listed in {@code amtsportal.delivery.allowed-hosts} (an
 * entry {@code *.example.org} allows its subdomains), and only over HTTPS — plain HTTP just to the loopback
 * address, where a local relay or a test receiver listens. A form in the back office can thus never make the
 * portal post applications to an arbitrary server.
 */
final class AllowedHosts {

	private final List<String> hosts;

	AllowedHosts(List<String> hosts) {
		this.hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
	}

	/** The message key of the reason the address is refused, or empty. */
	Optional<String> refusal(String target) {
		URI uri;
		try {
			uri = new URI(target.trim());
		}
		catch (URISyntaxException e) {
			return Optional.of("delivery.channel.error.url");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || host.isEmpty() || uri.getRawUserInfo() != null
				|| uri.getRawFragment() != null) {
			return Optional.of("delivery.channel.error.url");
		}
		if (!allowed(host)) {
			return Optional.of("delivery.channel.error.host");
		}
		if (scheme.equals("http") && !loopback(host)) {
			return Optional.of("delivery.channel.error.https");
		}
		return Optional.empty();
	}

	private boolean allowed(String host) {
		return hosts.stream().anyMatch(entry -> entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry));
	}

	private static boolean loopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!bare.matches("[0-9.]+|[0-9a-f:]+")) {
			return false; // a name: never resolved here, it could point anywhere later
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException e) {
			return false;
		}
	}
}
