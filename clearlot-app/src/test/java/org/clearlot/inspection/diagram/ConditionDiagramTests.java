package org.clearlot.inspection.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clearlot.inspection.grading.BodyDefect;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;
import org.clearlot.inspection.grading.StructuralDefect;
import org.clearlot.inspection.grading.StructuralPosition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The top-down condition diagram: one shape per body item, coloured by the worst finding, and structural markers. */
class ConditionDiagramTests {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private static final List<BodyFinding> DAMAGED = List.of(
			new BodyFinding(19, BodyDefect.HH, 2, true, false, 265),
			new BodyFinding(19, BodyDefect.AX, 1, false, false, null),
			new BodyFinding(22, BodyDefect.BX, 1, false, true, null),
			new BodyFinding(26, BodyDefect.LW, 3, false, false, null),
			new BodyFinding(39, BodyDefect.HH, 1, false, false, null));

	private static final List<StructuralFinding> ACCIDENT = List.of(
			new StructuralFinding(StructuralPosition.LEFT_A_PILLAR, StructuralDefect.SH),
			new StructuralFinding(StructuralPosition.SYMMETRY, StructuralDefect.NQ));

	@Test
	void isWellFormedSelfContainedSvg() throws Exception {
		String svg = ConditionDiagram.svg(DAMAGED, ACCIDENT, Locale.ENGLISH);

		Element root = parse(svg).getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 300 560");
		String namespace = "xmlns=\"" + SVG_NS + "\"";
		assertThat(svg.replace(namespace, "")).doesNotContain("<script", "<image", "<foreignObject", "href", "url(",
				"//").doesNotContainPattern("\\son\\w+=");
	}

	@Test
	void drawsEveryBodyItemOnceAsItsOwnShape() throws Exception {
		Document document = parse(ConditionDiagram.svg(List.of(), List.of(), Locale.ENGLISH));

		for (int item = 14; item <= 39; item++) {
			List<Element> shapes = withAttribute(document, "data-item", Integer.toString(item));
			assertThat(shapes).as("item %d", item).hasSize(1);
			Element shape = shapes.get(0);
			assertThat(shape.getLocalName()).isIn("path", "rect");
			assertThat(shape.getAttribute("id")).isEqualTo("item-" + item);
			assertThat(classes(shape)).contains("panel");
			assertThat(title(shape)).startsWith(BodyItem.of(item).orElseThrow().name(Locale.ENGLISH) + ": ");
		}
	}

	@Test
	void drawsEveryStructuralPositionOnce() throws Exception {
		Document document = parse(ConditionDiagram.svg(List.of(), List.of(), Locale.ENGLISH));

		for (StructuralPosition position : StructuralPosition.values()) {
			assertThat(withAttribute(document, "data-position", position.name())).as(position.name()).hasSize(1);
		}
	}

	@Test
	void coloursACleanCarOk() throws Exception {
		Document document = parse(ConditionDiagram.svg(List.of(), List.of(), Locale.ENGLISH));

		for (int item = 14; item <= 39; item++) {
			Element shape = item(document, item);
			assertThat(classes(shape)).contains("ok").doesNotContain("minor", "moderate", "severe", "repainted");
			assertThat(shape.getAttribute("fill")).isEqualTo("#e8f3ec");
		}
		for (StructuralPosition position : StructuralPosition.values()) {
			assertThat(classes(withAttribute(document, "data-position", position.name()).get(0)))
				.doesNotContain("damaged");
		}
	}

	@Test
	void coloursOnlyTheItemWithAFinding() throws Exception {
		Document document = parse(ConditionDiagram.svg(
				List.of(new BodyFinding(19, BodyDefect.HH, 2, false, false, null)), List.of(), Locale.ENGLISH));

		assertThat(classes(item(document, 19))).contains("moderate");
		assertThat(item(document, 19).getAttribute("fill")).isEqualTo("#fb923c");
		for (int item = 14; item <= 39; item++) {
			if (item != 19) {
				assertThat(classes(item(document, item))).as("item %d", item).contains("ok");
			}
		}
	}

	@Test
	void coloursByDegree() throws Exception {
		Document document = parse(ConditionDiagram.svg(List.of(new BodyFinding(14, BodyDefect.HH, 1, false, false,
				null), new BodyFinding(15, BodyDefect.AX, 3, false, false, null)), List.of(), Locale.ENGLISH));

		assertThat(classes(item(document, 14))).contains("minor");
		assertThat(item(document, 14).getAttribute("fill")).isEqualTo("#fde68a");
		assertThat(classes(item(document, 15))).contains("severe");
		assertThat(item(document, 15).getAttribute("fill")).isEqualTo("#dc2626");
	}

	@Test
	void coloursAReplacedPanelSevere() throws Exception {
		Document document = parse(ConditionDiagram.svg(
				List.of(new BodyFinding(22, BodyDefect.BX, 1, false, true, null)), List.of(), Locale.ENGLISH));

		assertThat(classes(item(document, 22))).contains("severe").doesNotContain("minor");
		assertThat(item(document, 22).getAttribute("fill")).isEqualTo("#dc2626");
	}

	@Test
	void outlinesARepaintedPanelInDashedBlue() throws Exception {
		Document document = parse(ConditionDiagram.svg(
				List.of(new BodyFinding(14, BodyDefect.HH, 1, true, false, 240)), List.of(), Locale.ENGLISH));

		Element bonnet = item(document, 14);
		assertThat(classes(bonnet)).contains("minor", "repainted");
		assertThat(bonnet.getAttribute("stroke")).isEqualTo("#2563eb");
		assertThat(bonnet.getAttribute("stroke-dasharray")).isNotBlank();
		assertThat(classes(item(document, 15))).doesNotContain("repainted");
		assertThat(item(document, 15).getAttribute("stroke")).isNotEqualTo("#2563eb");
	}

	@Test
	void theWorstOfSeveralFindingsWinsAndTheTitleListsThemAll() throws Exception {
		Document document = parse(ConditionDiagram.svg(DAMAGED, List.of(), Locale.ENGLISH));

		Element door = item(document, 19);
		assertThat(classes(door)).contains("moderate", "repainted");
		assertThat(title(door)).isEqualTo("Left front door: HH scratch, degree 2, repainted, 265 µm; AX dent, degree 1");
	}

	@Test
	void marksAStructuralDefectRed() throws Exception {
		Document document = parse(ConditionDiagram.svg(List.of(), ACCIDENT, Locale.ENGLISH));

		Element pillar = withAttribute(document, "data-position", "LEFT_A_PILLAR").get(0);
		assertThat(classes(pillar)).contains("marker", "damaged");
		assertThat(pillar.getAttribute("fill")).isEqualTo("#dc2626");
		assertThat(title(pillar)).isEqualTo("Left A-pillar: SH welded");
		Element other = withAttribute(document, "data-position", "RIGHT_A_PILLAR").get(0);
		assertThat(classes(other)).doesNotContain("damaged");
		assertThat(other.getAttribute("fill")).isNotEqualTo("#dc2626");
		Element symmetry = withAttribute(document, "data-position", "SYMMETRY").get(0);
		assertThat(symmetry.getAttribute("stroke")).isEqualTo("#dc2626");
		assertThat(symmetry.getAttribute("stroke-dasharray")).isNotBlank();
	}

	@Test
	void speaksChineseForZhAndEnglishOtherwise() throws Exception {
		Document chinese = parse(ConditionDiagram.svg(DAMAGED, ACCIDENT, Locale.SIMPLIFIED_CHINESE));
		Document english = parse(ConditionDiagram.svg(DAMAGED, ACCIDENT, Locale.ENGLISH));

		assertThat(title(item(chinese, 19))).isEqualTo("左前车门: HH 划痕, 2 级, 已喷漆, 265 µm; AX 凹陷, 1 级");
		assertThat(title(item(chinese, 14))).isEqualTo("发动机舱盖: 无缺陷");
		assertThat(title(item(chinese, 22))).isEqualTo("右后车门: BX 变形, 1 级, 已更换");
		assertThat(title(withAttribute(chinese, "data-position", "LEFT_A_PILLAR").get(0))).isEqualTo("左A柱: SH 烧焊");
		assertThat(chinese.getDocumentElement().getTextContent()).contains("无缺陷", "轻微", "中等", "严重或更换", "重新喷漆",
				"结构损伤");
		assertThat(title(item(english, 22))).isEqualTo("Right rear door: BX deformation, degree 1, replaced");
		assertThat(title(item(english, 14))).isEqualTo("Bonnet: no defect");
		assertThat(english.getDocumentElement().getTextContent()).contains("No defect", "Minor", "Moderate",
				"Severe or replaced", "Repainted", "Structural damage");
	}

	@Test
	void isSmallAndDeterministic() {
		List<BodyFinding> everything = new ArrayList<>();
		for (int item = 14; item <= 39; item++) {
			everything.add(new BodyFinding(item, BodyDefect.XF, 3, true, true, 999));
			everything.add(new BodyFinding(item, BodyDefect.LW, 2, true, false, 1000));
		}
		List<StructuralFinding> structural = new ArrayList<>();
		for (StructuralPosition position : StructuralPosition.values()) {
			structural.add(new StructuralFinding(position, StructuralDefect.ZZ));
		}
		String svg = ConditionDiagram.svg(everything, structural, Locale.SIMPLIFIED_CHINESE);

		assertThat(svg.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(20 * 1024);
		assertThat(ConditionDiagram.svg(everything, structural, Locale.SIMPLIFIED_CHINESE)).isEqualTo(svg);
	}

	@Test
	void ignoresFindingsOutsideTheBodyItems() throws Exception {
		Document document = parse(ConditionDiagram.svg(
				List.of(new BodyFinding(40, BodyDefect.HH, 3, false, false, null)), null, Locale.ENGLISH));

		assertThat(document.getDocumentElement().getElementsByTagNameNS(SVG_NS, "path").getLength()).isPositive();
		for (int item = 14; item <= 39; item++) {
			assertThat(classes(item(document, item))).contains("ok");
		}
	}

	@Test
	void looksUpBodyItemsByNumber() {
		assertThat(BodyItem.of(14)).contains(BodyItem.BONNET);
		assertThat(BodyItem.of(39)).contains(BodyItem.TYRES);
		assertThat(BodyItem.of(13)).isEmpty();
		assertThat(BodyItem.of(40)).isEmpty();
		for (BodyItem item : BodyItem.values()) {
			assertThat(BodyItem.of(item.item())).contains(item);
		}
		assertThat(BodyItem.LEFT_FRONT_DOOR.name(Locale.CHINA)).isEqualTo("左前车门");
		assertThat(BodyItem.LEFT_FRONT_DOOR.name(Locale.UK)).isEqualTo("Left front door");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> withAttribute(Document document, String name, String value) {
		NodeList all = document.getElementsByTagNameNS(SVG_NS, "*");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (value.equals(element.getAttribute(name))) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element item(Document document, int item) {
		List<Element> shapes = withAttribute(document, "data-item", Integer.toString(item));
		assertThat(shapes).hasSize(1);
		return shapes.get(0);
	}

	private static List<String> classes(Element element) {
		return List.of(element.getAttribute("class").split(" "));
	}

	private static String title(Element element) {
		NodeList titles = element.getElementsByTagNameNS(SVG_NS, "title");
		assertThat(titles.getLength()).isEqualTo(1);
		return titles.item(0).getTextContent();
	}
}
