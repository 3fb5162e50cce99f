package org.clearlot.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTests {

	private static final String URL = "http://localhost:8080/batteries/0RJPEA00HAU0AAF131001955";

	@Test
	void thePngReadsBackAsTheText() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.of(URL).png(4)));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
		assertThat(image.getWidth()).isEqualTo(QrCode.of(URL).size() * 4);
	}

	@Test
	void theSvgDrawsOneSquarePerDarkModule() {
		QrCode code = QrCode.of(URL);
		int dark = 0;
		for (int y = 0; y < code.size(); y++) {
			for (int x = 0; x < code.size(); x++) {
				dark += code.dark(x, y) ? 1 : 0;
			}
		}
		String svg = code.svg();
		assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + code.size() + " " + code.size() + "\"");
		assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
		assertThat(code.dark(0, 0)).as("quiet zone").isFalse();
	}

	@Test
	void textsTooLongForAQrCodeAreRefused() {
		assertThatThrownBy(() -> QrCode.of("x".repeat(8000))).isInstanceOf(IllegalArgumentException.class);
	}
}
