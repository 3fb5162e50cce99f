package org.clearlot.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Adds what every page's layout needs: links to the current page in each language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	@ModelAttribute
	void languageLinks(HttpServletRequest request, Model model) {
		if (!"GET".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/")) {
			model.addAttribute("langZhUrl", "/?lang=zh-CN");
			model.addAttribute("langEnUrl", "/?lang=en");
			return;
		}
		model.addAttribute("langZhUrl", withLang(request, "zh-CN"));
		model.addAttribute("langEnUrl", withLang(request, "en"));
	}

	private static String withLang(HttpServletRequest request, String lang) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("lang", lang)
				.build()
				.toUriString();
	}
}
