package org.clearlot.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/** 401 and 403 answers for the API as RFC 9457 problem documents. */
final class ProblemSecurityResponses {

	private ProblemSecurityResponses() {
	}

	static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
		return (request, response, exception) -> write(response, json, HttpStatus.UNAUTHORIZED, "Unauthorized",
				"A valid bearer token is required: POST /api/v1/auth/token to get one");
	}

	static AccessDeniedHandler forbidden(ObjectMapper json) {
		return (request, response, exception) -> write(response, json, HttpStatus.FORBIDDEN, "Forbidden",
				"Your role may not perform this operation");
	}

	static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
