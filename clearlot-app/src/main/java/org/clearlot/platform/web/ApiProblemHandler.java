package org.clearlot.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error raised by a REST controller into RFC 9457 {@code application/problem+json} with a clear
 * {@code detail} and, for validation failures, an {@code errors} list naming each offending field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
		long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
				.body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused by a rule", e.getMessage());
		problem.setProperty("rule", e.rule());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return validationProblem(e.getMessage(), e.fieldProblems());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		List<FieldProblem> problems = e.getConstraintViolations().stream()
				.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
				.toList();
		return validationProblem("The request has invalid fields", problems);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = "'" + e.getValue() + "' is not a valid value";
		return validationProblem(e.getName() + ": " + message, List.of(new FieldProblem(e.getName(), message)));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", "The resource was changed concurrently; reload and retry");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		log.info("Integrity violation answered with 409: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error in API call", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server could not complete the request; nothing was changed");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validationProblem("The request has invalid fields", fieldProblems(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
								error.getDefaultMessage())))
				.toList();
		return ResponseEntity.badRequest().body(validationProblem("The request has invalid parameters", problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = UnreadableBody.describe(ex);
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail));
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		return ex.getFieldErrors().stream()
				.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
				.toList();
	}

	static ProblemDetail validationProblem(String detail, List<FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", problems.stream()
				.map(p -> Map.of("field", p.field(), "message", p.message()))
				.toList());
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
