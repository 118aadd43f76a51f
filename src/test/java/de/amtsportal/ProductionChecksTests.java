package de.amtsportal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionChecksTests {

	@Test
	void productionRefusesToStartWithTheEmbeddedDatabaseAndWithoutMailOrHttps() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AmtsportalApplication.class).profiles("prod").run())
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("SPRING_MAIL_HOST")
			.hasMessageContaining("AMTSPORTAL_BASE_URL")
			.hasMessageContaining("AMTSPORTAL_SUBMISSIONS_LINK_SECRET")
			.hasMessageContaining("AMTSPORTAL_SIGNING_KEYSTORE")
			.hasMessageContaining("AMTSPORTAL_SIGNING_PASSWORD")
			.hasMessageContaining("AMTSPORTAL_DELIVERY_LINK_SECRET");
	}

	@Test
	void productionNeverSealsWithAGeneratedCertificate() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AmtsportalApplication.class).profiles("prod")
			.run("--amtsportal.signing.generate-if-missing=true", "--amtsportal.signing.password=secret"))
			.hasMessageContaining("generate-if-missing must be false")
			.hasMessageNotContaining("AMTSPORTAL_SIGNING_PASSWORD");
	}

	@Test
	void productionNeverRunsWithTheDemoProfile() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AmtsportalApplication.class).profiles("prod", "demo")
			.properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/postgres", "spring.mail.host=localhost",
					"amtsportal.base-url=https://portal.example")
			.run()).hasMessageContaining("demo profile must not be active");
	}
}
