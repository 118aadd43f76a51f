package de.amtsportal.delivery.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.amtsportal.delivery.spi.DeliveryChannel;

/** Every {@link DeliveryChannel} bean by its type: adding a transport means adding a bean. */
@Component
public class ChannelTypes {

	private final Map<String, DeliveryChannel> byType;

	ChannelTypes(List<DeliveryChannel> channels) {
		this.byType = channels.stream().collect(Collectors.toUnmodifiableMap(DeliveryChannel::type, Function.identity()));
	}

	public Optional<DeliveryChannel> find(String type) {
		return Optional.ofNullable(byType.get(type));
	}

	public List<String> types() {
		return byType.keySet().stream().sorted().toList();
	}
}
