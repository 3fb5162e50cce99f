package org.clearlot.catalog.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every body type in every colour draws as a small, well-formed, self-contained SVG document. */
class CarIllustrationTests {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	static Stream<Arguments> everyCombination() {
		return Stream.of(BodyType.values())
			.flatMap(bodyType -> Stream.of(Colour.values()).map(colour -> Arguments.of(bodyType, colour)));
	}

	@ParameterizedTest
	@MethodSource("everyCombination")
	void drawsWellFormedSvg(BodyType bodyType, Colour colour) throws Exception {
		String svg = CarIllustration.svg(bodyType, colour);

		Element root = parse(svg).getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 400 200");
		assertThat(svg).contains(colour.hex());
		assertThat(root.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
			.isEqualTo(label(bodyType) + ", " + colour.name().toLowerCase(Locale.ROOT));
		assertThat(svg.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(6 * 1024);
	}

	@ParameterizedTest
	@MethodSource("everyCombination")
	void isSelfContained(BodyType bodyType, Colour colour) {
		String svg = CarIllustration.svg(bodyType, colour);
		String namespace = "xmlns=\"" + SVG_NS + "\"";

		assertThat(svg).contains(namespace);
		assertThat(svg.replace(namespace, "")).doesNotContain("<script", "<image", "<text", "<foreignObject", "//",
				"xlink").doesNotContainPattern("\\son\\w+=");
	}

	@Test
	void titlesNameTheBodyTypeAndColour() {
		assertThat(CarIllustration.svg(BodyType.SUV, Colour.RED)).contains("<title>SUV, red</title>");
		assertThat(CarIllustration.svg(BodyType.SEDAN, Colour.WHITE)).contains("<title>Sedan, white</title>");
	}

	@Test
	void differentBodyTypesHaveDifferentBodies() throws Exception {
		Map<BodyType, String> bodies = new EnumMap<>(BodyType.class);
		for (BodyType bodyType : BodyType.values()) {
			bodies.put(bodyType, bodyPath(CarIllustration.svg(bodyType, Colour.BLUE)));
		}

		assertThat(bodies.values()).doesNotContainNull().doesNotHaveDuplicates().hasSize(BodyType.values().length);
	}

	@Test
	void sameArgumentsGiveTheSameDrawing() {
		assertThat(CarIllustration.svg(BodyType.WAGON, Colour.GREEN))
			.isEqualTo(CarIllustration.svg(BodyType.WAGON, Colour.GREEN));
	}

	@Test
	void paleCarsHaveAVisibleOutline() throws Exception {
		Set<String> outlines = new HashSet<>();
		for (Colour pale : new Colour[] { Colour.WHITE, Colour.SILVER }) {
			Element body = bodyElement(CarIllustration.svg(BodyType.SEDAN, pale));
			assertThat(body.getAttribute("stroke")).isNotEqualTo(pale.hex()).isNotBlank();
			assertThat(Double.parseDouble(body.getAttribute("stroke-width"))).isGreaterThanOrEqualTo(1.5);
			outlines.add(body.getAttribute("stroke"));
		}
		assertThat(outlines).hasSize(1);
	}

	private static String label(BodyType bodyType) {
		return switch (bodyType) {
			case SUV, MPV -> bodyType.name();
			default -> bodyType.name().charAt(0) + bodyType.name().substring(1).toLowerCase(Locale.ROOT);
		};
	}

	private static String bodyPath(String svg) throws Exception {
		return bodyElement(svg).getAttribute("d");
	}

	/** The car body is the path filled with the body paint gradient. */
	private static Element bodyElement(String svg) throws Exception {
		NodeList paths = parse(svg).getElementsByTagNameNS(SVG_NS, "path");
		for (int i = 0; i < paths.getLength(); i++) {
			Element path = (Element) paths.item(i);
			if ("url(#b)".equals(path.getAttribute("fill"))) {
				return path;
			}
		}
		throw new AssertionError("No body path in " + svg);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
