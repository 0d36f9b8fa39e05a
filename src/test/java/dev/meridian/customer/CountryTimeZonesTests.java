package dev.meridian.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CountryTimeZonesTests {

	@Test
	void aCountryWithOneZoneHasThatZone() {
		assertThat(CountryTimeZones.of("JP")).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(CountryTimeZones.of("TW")).contains(ZoneId.of("Asia/Taipei"));
		assertThat(CountryTimeZones.of("FR")).contains(ZoneId.of("Europe/Paris"));
		assertThat(CountryTimeZones.of("gb")).contains(ZoneId.of("Europe/London"));
	}

	@Test
	void aCountryWhoseOtherZonesAreFewOrCloseHasItsMainZone() {
		assertThat(CountryTimeZones.of("DE")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(CountryTimeZones.of("ES")).contains(ZoneId.of("Europe/Madrid"));
		assertThat(CountryTimeZones.of("CN")).contains(ZoneId.of("Asia/Shanghai"));
		assertThat(CountryTimeZones.of("BR")).contains(ZoneId.of("America/Sao_Paulo"));
		assertThat(CountryTimeZones.of("MX")).contains(ZoneId.of("America/Mexico_City"));
	}

	@Test
	void aCountrySpreadOverFarApartZonesHasNone() {
		for (String country : List.of("US", "CA", "RU", "AU", "CD")) {
			assertThat(CountryTimeZones.of(country)).as(country).isEmpty();
		}
		assertThat(CountryTimeZones.of(null)).isEmpty();
		assertThat(CountryTimeZones.of(" ")).isEmpty();
		assertThat(CountryTimeZones.of("XX")).isEmpty();
	}

	@Test
	void theCustomersOwnZoneBeatsTheirCountry() {
		assertThat(customer("America/Chicago", "DE").localZone()).contains(ZoneId.of("America/Chicago"));
		assertThat(customer("America/Chicago", "DE").localZoneGuessed()).isFalse();
	}

	@Test
	void withoutAUsableZoneTheCountryDecides() {
		assertThat(customer(null, "DE").localZone()).contains(ZoneId.of("Europe/Berlin"));
		assertThat(customer(null, "DE").localZoneGuessed()).isTrue();
		assertThat(customer("Mars/Olympus_Mons", "JP").localZone()).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(customer(null, "US").localZone()).isEmpty();
		assertThat(customer(null, null).localZone()).isEmpty();
		assertThat(customer(null, null).localZoneGuessed()).isFalse();
	}

	private static CustomerView customer(@Nullable String zone, @Nullable String country) {
		return new CustomerView(new CustomerId(1), "Kim", null, null, zone, country, List.of(), Instant.EPOCH,
				Instant.EPOCH);
	}
}
