package dk.samvirke.support;

import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless {@link Chromium} for a test class, started before its first test and closed after its last:
 * {@code @RegisterExtension static final ChromiumSession chromium = ChromiumSession.start();}. Skips the class
 * where Chromium is not installed, except in CI (as {@link Chromium#start()} does).
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private final boolean errorStatusPages;
    private Chromium chromium;

    private ChromiumSession(boolean errorStatusPages) {
        this.errorStatusPages = errorStatusPages;
    }

    public static ChromiumSession start() {
        return new ChromiumSession(false);
    }

    /** As {@link Chromium#allowingErrorStatusPages()}. */
    public static ChromiumSession allowingErrorStatusPages() {
        return new ChromiumSession(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        chromium = Chromium.start();
        if (errorStatusPages) {
            chromium.allowingErrorStatusPages();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    public void checkPage(String name) throws IOException {
        chromium.checkPage(name);
    }

    public void checkPage(String name, Consumer<ChromeDriver> atPhoneWidth) throws IOException {
        chromium.checkPage(name, atPhoneWidth);
    }
}
