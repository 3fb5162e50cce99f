package org.clearlot.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.importing.CsvInventoryParser.BadFileException;
import org.clearlot.catalog.importing.CsvInventoryParser.Parsed;
import org.junit.jupiter.api.Test;

class CsvInventoryParserTests {

	static final String HEADER = "vin,make,model,year,bodyType,colour,powertrain,emissionStandard,firstRegistrationDate,"
			+ "registrationCity,priceYuan,mileageKm,city,description,publish,batteryCapacityAh,batteryVoltageV,batteryChemistry\n";

	@Test
	void readsTypedCellsAndRowNumbersAsLinesOfTheFile() {
		Parsed parsed = parse(HEADER
				+ "LRW3E7EA6MC123456,Tesla,Model 3,2021,SEDAN,WHITE,BEV,ZERO_EMISSION,2021/05/18,上海,\"168,800.50\",42000,Shanghai,\"One owner, no smoking\",是,173,346,LFP\n");
		InventoryRow row = parsed.rows().get(0);
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.listing().priceFen()).isEqualTo(16_880_050L);
		assertThat(row.listing().description()).isEqualTo("One owner, no smoking");
		assertThat(row.vehicle().firstRegistrationDate()).hasToString("2021-05-18");
		assertThat(row.vehicle().battery().nominalCapacityAh()).isEqualByComparingTo("173");
		assertThat(row.publish()).isTrue();
		assertThat(parsed.unreadableCells()).isEmpty();
	}

	@Test
	void namesUnreadableCellsPerRow() {
		Parsed parsed = parse(HEADER + "V,Make,Model,twenty,SEDAN,RED,ICE,CN6,yesterday,Wuhan,1.234,lots,Wuhan,,no,,,\n");
		assertThat(parsed.unreadableCells().get(2)).hasSize(4)
				.anySatisfy(p -> assertThat(p.english()).startsWith("year:"))
				.anySatisfy(p -> assertThat(p.english()).startsWith("firstRegistrationDate:"))
				.anySatisfy(p -> assertThat(p.english()).startsWith("priceYuan:").contains("two decimals"))
				.anySatisfy(p -> assertThat(p.english()).startsWith("mileageKm:"));
		assertThat(parsed.rows().get(0).publish()).isFalse();
	}

	@Test
	void readsByteOrderMarkedUtf8AndGb18030() {
		String row = "LRW3E7EA6MC123456,特斯拉,Model 3,2021,SEDAN,WHITE,BEV,ZERO_EMISSION,2021-05-18,武汉,1,1,武汉,描述,,1,1,LFP\n";
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf8 = (HEADER + row).getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + utf8.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
		assertThat(CsvInventoryParser.parse(withBom).rows().get(0).vehicle().make()).isEqualTo("特斯拉");
		byte[] gb = (HEADER + row).getBytes(Charset.forName("GB18030"));
		assertThat(CsvInventoryParser.parse(gb).rows().get(0).listing().description()).isEqualTo("描述");
	}

	@Test
	void refusesFilesWithoutTheRequiredColumnsOrThatAreNotCsv() {
		assertThatThrownBy(() -> parse("vin,make\n1,2\n")).isInstanceOf(BadFileException.class)
				.hasMessageContaining("year").hasMessageContaining("priceYuan (or priceFen)");
		assertThatThrownBy(() -> parse("vin,vin\n1,2\n")).isInstanceOf(BadFileException.class);
	}

	private static Parsed parse(String csv) {
		return CsvInventoryParser.parse(csv.getBytes(StandardCharsets.UTF_8));
	}
}
