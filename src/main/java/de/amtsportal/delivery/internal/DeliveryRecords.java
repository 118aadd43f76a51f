package de.amtsportal.delivery.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import de.amtsportal.delivery.DeliveryState;
import de.amtsportal.delivery.DeliveryStatus;

/** Read access for the module's API and the operator page. */
@Component
public class DeliveryRecords {

	private final DeliveryRepository deliveries;
	private final ChannelConfigs channels;

	DeliveryRecords(DeliveryRepository deliveries, ChannelConfigs channels) {
		this.deliveries = deliveries;
		this.channels = channels;
	}

	/** A delivery with its channel, for lists. */
	public record Row(Delivery delivery, ChannelConfig channel) {
	}

	public List<DeliveryStatus> forSubmission(UUID submissionId) {
		return rows(deliveries.findBySubmissionIdOrderByCreatedAt(submissionId)).stream()
			.map(r -> new DeliveryStatus(r.channel().name(), r.channel().type(), r.delivery().state(), r.delivery().attempts(),
					r.delivery().lastError(), r.delivery().deliveredAt()))
			.toList();
	}

	/** Pending and failed deliveries, newest first. */
	public Page<Row> open(Pageable pageable) {
		Page<Delivery> page = deliveries.findByStateInOrderByCreatedAtDesc(List.of(DeliveryState.PENDING, DeliveryState.FAILED),
				pageable);
		Map<UUID, ChannelConfig> byId = channelsOf(page.getContent());
		return page.map(d -> new Row(d, byId.get(d.channelId())));
	}

	private List<Row> rows(List<Delivery> list) {
		Map<UUID, ChannelConfig> byId = channelsOf(list);
		return list.stream().map(d -> new Row(d, byId.get(d.channelId()))).toList();
	}

	private Map<UUID, ChannelConfig> channelsOf(List<Delivery> list) {
		return channels.findAllById(list.stream().map(Delivery::channelId).distinct().toList()).stream()
			.collect(Collectors.toMap(ChannelConfig::id, Function.identity()));
	}
}
