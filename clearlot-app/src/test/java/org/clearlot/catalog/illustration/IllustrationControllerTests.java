package org.clearlot.catalog.illustration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The drawings are served by name with caching headers; unknown names are not found. */
class IllustrationControllerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IllustrationController()).build();

	@Test
	void servesTheDrawingWithCachingHeaders() throws Exception {
		MvcResult result = mvc.perform(get("/img/cars/suv-red.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=86400"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn();

		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(CarIllustration.svg(BodyType.SUV, Colour.RED));
	}

	@Test
	void answersNotModifiedForAMatchingETag() throws Exception {
		String etag = etag("/img/cars/pickup-silver.svg");

		mvc.perform(get("/img/cars/pickup-silver.svg").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void distinctDrawingsHaveDistinctETags() throws Exception {
		assertThat(etag("/img/cars/coupe-red.svg")).isNotEqualTo(etag("/img/cars/coupe-blue.svg"));
	}

	@Test
	void unknownBodyTypeOrColourIsNotFound() throws Exception {
		mvc.perform(get("/img/cars/tank-red.svg")).andExpect(status().isNotFound());
		mvc.perform(get("/img/cars/suv-pink.svg")).andExpect(status().isNotFound());
		mvc.perform(get("/img/cars/suv.svg")).andExpect(status().isNotFound());
		mvc.perform(get("/img/cars/suv-red-red.svg")).andExpect(status().isNotFound());
	}

	private String etag(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
	}
}
