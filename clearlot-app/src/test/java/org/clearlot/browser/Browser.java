package org.clearlot.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through the system's chromedriver, pointed at the application under test.
 * <p>
 * Both executables are given explicitly, so Selenium Manager never runs and nothing is ever downloaded. When they
 * are missing the browser refuses to start with an {@link IllegalStateException}: browser tests fail, they are
 * never skipped. Every wait is an explicit {@link WebDriverWait}; nothing sleeps.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final String baseUrl;
	private final ChromeDriverService service;
	private final ChromeDriver driver;
	private final Path profile;
	private final WebDriverWait wait;

	private Browser(String baseUrl, ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.baseUrl = baseUrl;
		this.service = service;
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	/** A browser whose Accept-Language is English. */
	public static Browser start(int port) {
		return start(port, "en-US,en");
	}

	/** A browser that asks for the given languages (Accept-Language), e.g. {@code zh-CN,zh}. */
	public static Browser start(int port, String acceptLanguages) {
		requireExecutable(CHROMIUM, "chromium");
		requireExecutable(CHROMEDRIVER, "chromium-driver");
		Path profile;
		try {
			profile = Files.createTempDirectory("clearlot-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath(),
				// Bootstrap scrolls smoothly unless the user prefers reduced motion; a click on an element that
				// chromedriver has just scrolled to would then land while the page is still moving.
				"--force-prefers-reduced-motion");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
				.usingAnyFreePort()
				.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser("http://localhost:" + port, service, driver, profile);
		}
		catch (RuntimeException failed) {
			service.stop();
			deleteRecursively(profile);
			throw failed;
		}
	}

	private static void requireExecutable(Path path, String debianPackage) {
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException(path + " is missing or not executable: browser tests need Debian's "
					+ debianPackage + " package (apt-get install -y chromium chromium-driver). "
					+ "No browser or driver is ever downloaded.");
		}
	}

	// Navigation

	/** Loads a path of the application, e.g. {@code /?lang=en}. */
	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public String url() {
		return driver.getCurrentUrl();
	}

	/** The path and query of the current page, without scheme, host and port. */
	public String pathAndQuery() {
		String url = url();
		return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
	}

	/** Clicks something that loads a new page and waits until the old page is gone. */
	public void clickAndWaitForPage(WebElement element) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		element.click();
		wait.withMessage("a new page after clicking " + describe(element)).until(ExpectedConditions.stalenessOf(oldPage));
	}

	public void clickAndWaitForPage(By locator) {
		clickAndWaitForPage(waitForClickable(locator));
	}

	/** Types into a search box or text field and presses Enter, waiting for the next page. */
	public void submitText(By field, String text) {
		WebElement input = waitFor(field);
		input.clear();
		input.sendKeys(text);
		WebElement oldPage = driver.findElement(By.tagName("html"));
		input.sendKeys(Keys.ENTER);
		wait.withMessage("a new page after submitting " + field).until(ExpectedConditions.stalenessOf(oldPage));
	}

	// Waiting and finding

	/** Waits until an element is present and visible. */
	public WebElement waitFor(By locator) {
		return wait.withMessage(locator + " to be visible on " + pathAndQuery())
				.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public WebElement waitForClickable(By locator) {
		return wait.withMessage(locator + " to be clickable on " + pathAndQuery())
				.until(ExpectedConditions.elementToBeClickable(locator));
	}

	/** Waits for any condition, e.g. {@code ExpectedConditions.urlContains("make=BYD")}. */
	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return wait.withMessage(condition + " on " + pathAndQuery()).until(condition);
	}

	/** Waits with a longer limit, for work that runs in the background such as an import. */
	public <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
		return new WebDriverWait(driver, timeout).withMessage(condition + " on " + pathAndQuery()).until(condition);
	}

	public WebElement find(By locator) {
		return driver.findElement(locator);
	}

	public List<WebElement> findAll(By locator) {
		return driver.findElements(locator);
	}

	public boolean isPresent(By locator) {
		return !driver.findElements(locator).isEmpty();
	}

	/** The visible text of an element, waiting for it to appear. */
	public String text(By locator) {
		return waitFor(locator).getText().strip();
	}

	public List<String> texts(By locator) {
		return driver.findElements(locator).stream().map(e -> e.getText().strip()).toList();
	}

	/** The {@code lang} attribute of the page's root element. */
	public String pageLanguage() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	// Forms

	public void type(By field, String text) {
		WebElement input = waitFor(field);
		input.clear();
		input.sendKeys(text);
	}

	public void select(By field, String value) {
		new Select(waitFor(field)).selectByValue(value);
	}

	/**
	 * Sets an {@code <input type="date">}. What a date field accepts from the keyboard depends on the browser's
	 * locale, so the value is set as the date picker would set it, with the events it fires.
	 */
	public void setDate(By field, LocalDate date) {
		WebElement input = waitFor(field);
		js("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
	}

	public void check(By checkbox) {
		WebElement box = waitFor(checkbox);
		if (!box.isSelected()) {
			box.click();
		}
	}

	public String value(By field) {
		return waitFor(field).getDomProperty("value");
	}

	// Images

	/** Waits until an image has finished loading (or failing) and returns its natural width; 0 means broken. */
	public long loadedImageWidth(WebElement image) {
		waitUntil(driver -> Boolean.TRUE.equals(js("return arguments[0].complete;", image)));
		Object width = js("return arguments[0].naturalWidth;", image);
		return width instanceof Number number ? number.longValue() : 0;
	}

	public Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	// Session

	/** Signs in through the sign-in form and waits until the navigation bar shows the user. */
	public void signIn(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		clickAndWaitForPage(By.id("login-submit"));
		if (!isPresent(By.id("signed-in-as"))) {
			String problem = isPresent(By.id("login-error")) ? find(By.id("login-error")).getText()
					: isPresent(By.id("login-throttled")) ? find(By.id("login-throttled")).getText() : pathAndQuery();
			throw new AssertionError("Signing in as " + username + " failed: " + problem);
		}
	}

	/** Signs out with the navigation bar's button. */
	public void signOut() {
		clickAndWaitForPage(By.id("sign-out"));
		waitFor(By.id("sign-in"));
	}

	/** Forgets the session and the language choice: the next page is seen as by a new visitor. */
	public void forgetCookies() {
		if (url().startsWith(baseUrl)) {
			driver.manage().deleteAllCookies();
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	// Failure evidence

	/** Saves a PNG screenshot and the page's HTML under {@code target/browser-screenshots/}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			String base = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
			Path png = SCREENSHOTS.resolve(base + ".png");
			Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(SCREENSHOTS.resolve(base + ".html"),
					"<!-- " + url() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
			return png;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteRecursively(profile);
		}
	}

	private static String describe(WebElement element) {
		try {
			String text = element.getText().strip();
			return "<" + element.getTagName() + "> " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
		}
		catch (RuntimeException gone) {
			return "an element";
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ignored) {
			// A leftover temporary profile is harmless.
		}
	}

	/**
	 * Saves a screenshot and the page source when a test fails, before any {@code @AfterEach} changes the page.
	 * Register with {@code @RegisterExtension}, giving the browser the test uses.
	 */
	public static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		private final Supplier<Browser> browser;

		public ScreenshotOnFailure(Supplier<Browser> browser) {
			this.browser = browser;
		}

		@Override
		public void afterTestExecution(ExtensionContext context) {
			Browser current = browser.get();
			if (context.getExecutionException().isEmpty() || current == null) {
				return;
			}
			try {
				Path png = current.screenshot(context.getRequiredTestClass().getSimpleName() + "."
						+ context.getRequiredTestMethod().getName());
				context.publishReportEntry("screenshot", png.toAbsolutePath().toString());
			}
			catch (RuntimeException noScreenshot) {
				context.getExecutionException().get().addSuppressed(noScreenshot);
			}
		}
	}
}
