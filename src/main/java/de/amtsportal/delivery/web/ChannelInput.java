package de.amtsportal.delivery.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new channel as the form sends it; the target is checked by the chosen channel type. */
record ChannelInput(@NotBlank(message = "{delivery.channel.error.service}") @Size(max = 200, message = "{delivery.channel.error.service}") String service,
		@NotBlank(message = "{delivery.channel.error.type}") String type,
		@NotBlank(message = "{delivery.channel.error.name}") @Size(max = 200, message = "{delivery.channel.error.name-length}") String name,
		@NotBlank(message = "{delivery.channel.error.target}") @Size(max = 1000, message = "{delivery.channel.error.target-length}") String target) {

	ChannelInput {
		service = service == null ? "" : service;
		type = type == null ? "" : type;
		name = name == null ? "" : name;
		target = target == null ? "" : target;
	}

	static ChannelInput empty() {
		return new ChannelInput("", "", "", "");
	}
}
