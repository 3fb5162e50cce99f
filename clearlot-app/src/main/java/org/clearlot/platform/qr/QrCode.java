package org.clearlot.platform.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of a text (usually a URL), encoded by ZXing with error correction level M and a quiet zone of two
 * modules, drawn as an SVG document (one path, crisp at any size) or as a PNG image.
 */
public final class QrCode {

	private static final int QUIET_ZONE = 2;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	/** The QR code of this text; texts too long for a QR code are refused with an IllegalArgumentException. */
	public static QrCode of(String text) {
		try {
			Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
					EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8");
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
		}
	}

	/** Modules per side, quiet zone included. */
	public int size() {
		return modules.getWidth();
	}

	public boolean dark(int x, int y) {
		return modules.get(x, y);
	}

	/** An SVG document, one unit per module, black on white, scaled by its viewer. */
	public String svg() {
		int size = size();
		StringBuilder path = new StringBuilder(size * size);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				if (modules.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/** A PNG image, {@code pixelsPerModule} pixels per module. */
	public byte[] png(int pixelsPerModule) {
		int size = size();
		BufferedImage image = new BufferedImage(size * pixelsPerModule, size * pixelsPerModule,
				BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, modules.get(x / pixelsPerModule, y / pixelsPerModule) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
