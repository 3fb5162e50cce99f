package org.clearlot.inspection.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.clearlot.catalog.VehicleSummary;
import org.clearlot.inspection.diagram.ConditionDiagram;
import org.clearlot.inspection.photo.PhotoService;
import org.clearlot.inspection.report.InspectionReport;
import org.clearlot.inspection.report.ReportContent;
import org.clearlot.platform.qr.QrCode;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a signed report as an A4 PDF: the template {@code inspection/report-pdf} (the printable report's content
 * as XHTML) laid out by openhtmltopdf on PDFBox, with the condition diagram as vector graphics (Batik), photo
 * thumbnails, and a QR code of the report's web address where anyone can check the hash chain. Latin text uses the
 * built-in Helvetica; Chinese text falls back to the embedded Droid Sans Fallback subset (only the glyphs a document
 * uses are embedded).
 */
@Component
public class ReportPdf {

	static final String CJK_FONT = "Clearlot CJK";
	private static final ClassPathResource FONT = new ClassPathResource("fonts/DroidSansFallback-GBK.ttf");
	private static final int MAX_PHOTOS = 24;

	private final ITemplateEngine templates;
	private final ApplicationContext context;
	private final PhotoService photos;

	ReportPdf(ITemplateEngine templates, ApplicationContext context, PhotoService photos) {
		this.templates = templates;
		this.context = context;
		this.photos = photos;
	}

	/**
	 * The PDF of a report. {@code reportUrl} is the absolute address of the report's page, printed with its QR code.
	 */
	public byte[] render(InspectionReport report, ReportContent content, VehicleSummary vehicle, String reportUrl,
			Locale locale) {
		String html = templates.process("inspection/report-pdf", variables(report, content, vehicle, reportUrl, locale));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(ReportPdf::font, CJK_FONT);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, reportUrl);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the PDF of report " + report.id(), e);
		}
	}

	private Context variables(InspectionReport report, ReportContent content, VehicleSummary vehicle,
			String reportUrl, Locale locale) {
		Context variables = new Context(locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		variables.setVariable("report", report);
		variables.setVariable("reportContent", content);
		variables.setVariable("vehicle", vehicle);
		variables.setVariable("reportUrl", reportUrl);
		variables.setVariable("qrCode", dataUri("image/png", QrCode.of(reportUrl).png(4)));
		variables.setVariable("diagram", ConditionDiagram.drawing(content.body(), content.structural(), locale));
		variables.setVariable("legend", ConditionDiagram.legend(locale));
		variables.setVariable("photoImages", photoImages(content));
		return variables;
	}

	/** Thumbnails by finding, at most {@value #MAX_PHOTOS} in all, as data URIs. */
	private Map<String, List<String>> photoImages(ReportContent content) {
		Map<String, List<String>> images = new LinkedHashMap<>();
		if (content.photos() == null) {
			return images;
		}
		int count = 0;
		for (Map.Entry<String, List<ReportContent.PhotoRef>> finding : content.photos().entrySet()) {
			for (ReportContent.PhotoRef ref : finding.getValue()) {
				if (count++ < MAX_PHOTOS) {
					byte[] thumbnail = photos.bytes(photos.find(ref.id()), true);
					images.computeIfAbsent(finding.getKey(), key -> new java.util.ArrayList<>())
						.add(dataUri("image/jpeg", thumbnail));
				}
			}
		}
		return images;
	}

	private static String dataUri(String type, byte[] bytes) {
		return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
	}

	private static InputStream font() {
		try {
			return FONT.getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The PDF font is missing from the classpath", e);
		}
	}
}
