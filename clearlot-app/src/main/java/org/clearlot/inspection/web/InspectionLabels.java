package org.clearlot.inspection.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.clearlot.inspection.diagram.BodyItem;
import org.clearlot.inspection.grading.Section;
import org.clearlot.inspection.history.OdometerCheck.Reading;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Localized names for inspection pages, from templates as {@code ${@inspectionLabels.item(27)}}. */
@Component("inspectionLabels")
class InspectionLabels {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final MessageSource messages;

	InspectionLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** A GB/T 30323 item: its body-panel name, or its section and number. */
	public String item(int item) {
		Locale locale = LocaleContextHolder.getLocale();
		return BodyItem.of(item).map(body -> body.name(locale))
				.orElseGet(() -> section(Section.of(item)) + " · " + messages.getMessage("inspection.itemNumber",
						new Object[] { item }, locale));
	}

	public String section(Section section) {
		return messages.getMessage("section." + section.name(), null, section.name(), LocaleContextHolder.getLocale());
	}

	/** Readings as JSON for the odometer chart: [{"t":"2025-03-01","km":82000,"source":"Inspection"}, …], localized. */
	public String readingsJson(List<Reading> readings) {
		StringBuilder json = new StringBuilder("[");
		for (Reading reading : readings) {
			if (json.length() > 1) {
				json.append(',');
			}
			String source = messages.getMessage("mileageSource." + reading.source(), null, reading.source(),
					LocaleContextHolder.getLocale());
			json.append("{\"t\":\"").append(DateTimeFormatter.ISO_LOCAL_DATE.format(reading.at().atZone(CHINA)))
					.append("\",\"km\":").append(reading.km()).append(",\"source\":\"").append(source).append("\"}");
		}
		return json.append(']').toString();
	}
}
