package de.amtsportal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal: one application, one top-level package per capability (see docs/architecture.md). */
@Modulithic(systemName = "Amtsportal")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AmtsportalApplication {

	public static void main(String[] args) {
		SpringApplication.run(AmtsportalApplication.class, args);
	}

	/** One clock for everything that reads the time, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
