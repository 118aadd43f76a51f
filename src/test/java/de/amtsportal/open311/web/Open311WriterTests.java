package de.amtsportal.open311.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two formats of one answer, as the specification's examples write them. */
class Open311WriterTests {

	static final Open311Document SERVICES = Open311Document.items("services", "service", List.of(
			new Open311Document.Fields().put("service_code", "001").put("metadata", true).put("group", null).put("lat", new BigDecimal("52.520000")),
			new Open311Document.Fields().put("service_code", "a<&>b").put("metadata", false).put("group", "Straße").put("lat", new BigDecimal("1E-7"))));

	@Test
	void aListIsAJsonArrayOfObjectsWithTypedValues() {
		assertThat(json(SERVICES)).isEqualTo("[{\"service_code\":\"001\",\"metadata\":true,\"group\":null,\"lat\":52.520000},"
				+ "{\"service_code\":\"a<&>b\",\"metadata\":false,\"group\":\"Straße\",\"lat\":0.0000001}]");
	}

	@Test
	void aListIsARootElementWithOneElementPerItemAndEmptyElementsForMissingValues() {
		assertThat(xml(SERVICES)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service><service_code>001</service_code>"
				+ "<metadata>true</metadata><group/><lat>52.520000</lat></service><service><service_code>a&lt;&amp;&gt;b</service_code>"
				+ "<metadata>false</metadata><group>Straße</group><lat>0.0000001</lat></service></services>");
	}

	@Test
	void nestedListsNameTheirItems() {
		Open311Document discovery = Open311Document.fields("discovery", new Open311Document.Fields().put("endpoints",
				new Open311Document.Items("endpoint", List.of(new Open311Document.Fields().put("formats",
						new Open311Document.Items("format", List.of("text/xml", "application/json")))))));
		assertThat(json(discovery)).isEqualTo("{\"endpoints\":[{\"formats\":[\"text/xml\",\"application/json\"]}]}");
		assertThat(xml(discovery)).endsWith("<discovery><endpoints><endpoint><formats><format>text/xml</format>"
				+ "<format>application/json</format></formats></endpoint></endpoints></discovery>");
	}

	@Test
	void theFormatIsTheExtensionAndXmlWhereNoneIsKnown() {
		assertThat(Format.ofPath("/open311/v2/services.json")).isEqualTo(Format.JSON);
		assertThat(Format.ofPath("/open311/v2/services.xml")).isEqualTo(Format.XML);
		assertThat(Format.ofPath("/open311/v2/services.html")).isEqualTo(Format.XML);
		assertThat(Format.ofPath("/open311/v2.json/services")).isEqualTo(Format.XML);
		assertThatThrownBy(() -> Open311Answers.format("html")).isInstanceOfSatisfying(Open311Failure.class,
				failure -> assertThat(failure.status()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void datetimesAreW3cWithTheOffsetAndAreReadWithAnyOffsetOrAsADay() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		assertThat(Datetimes.w3c(Instant.parse("2026-11-29T13:05:09.123Z"), berlin)).isEqualTo("2026-11-29T14:05:09+01:00");
		assertThat(Datetimes.w3c(Instant.parse("2026-07-01T10:00:00Z"), berlin)).isEqualTo("2026-07-01T12:00:00+02:00");
		assertThat(Datetimes.parameter("start_date", "2026-11-29T14:05:09+01:00", berlin)).isEqualTo(Instant.parse("2026-11-29T13:05:09Z"));
		assertThat(Datetimes.parameter("start_date", "2026-11-29T13:05Z", berlin)).isEqualTo(Instant.parse("2026-11-29T13:05:00Z"));
		assertThat(Datetimes.parameter("start_date", "2026-11-29", berlin)).isEqualTo(Instant.parse("2026-11-28T23:00:00Z"));
		assertThat(Datetimes.parameter("start_date", " ", berlin)).isNull();
		assertThatThrownBy(() -> Datetimes.parameter("end_date", "29.11.2026", berlin)).isInstanceOf(Open311Failure.class);
		assertThat(Datetimes.day("2026-11-29T23:30:00Z", berlin)).isEqualTo("2026-11-30");
		assertThat(Datetimes.day("morgen", berlin)).isNull();
	}

	private static String json(Open311Document document) {
		return new String(Open311Writer.write(Format.JSON, document), StandardCharsets.UTF_8);
	}

	private static String xml(Open311Document document) {
		return new String(Open311Writer.write(Format.XML, document), StandardCharsets.UTF_8);
	}
}
