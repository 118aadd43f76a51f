package de.amtsportal.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses of the demo town around the centre of the report demo's map, so that a report can be placed by
 * its address in the demo run. Only into an empty register: an administrator's upload is never overwritten.
 */
@Component
@Profile("demo & !prod")
class PlaceDemoContent {

	static final String FILE = "demo/places/musterstadt-adressen.csv";

	private final AddressTable table;
	private final Clock clock;

	PlaceDemoContent(AddressTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seed() {
		if (table.register().isPresent()) {
			return;
		}
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			table.replace(AddressFile.read(in.readAllBytes()), clock.instant());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
