package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.AdminInBrowser;
import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secretariat imports a data package in the browser: from /admin to the upload, the progress
 * polled with htmx, a package with errors read in Danish by file and line, then a good one imported.
 */
@IntegrationTest
class ImportBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.allowingErrorStatusPages();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountManagement accounts;
    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from spring_session");
        accounts.create(new NewAccount("sekretariat@os2.eu", "Sekretariatet", null, TestAccounts.PASSWORD,
                List.of(TestAccounts.admin())));
        chromium.driver().manage().deleteAllCookies();
    }

    @Test
    void aPackageWithErrorsIsExplainedInDanishAndAGoodOneIsImported() throws Exception {
        var driver = chromium.driver();
        String base = "http://localhost:" + port;
        AdminInBrowser.signIn(driver, base, "sekretariat@os2.eu");

        driver.get(base + "/admin");
        assertThat(driver.findElement(By.cssSelector("#content a[href='/admin/hoest']")).getText()).isNotBlank();
        driver.findElement(By.cssSelector("#content a[href='/admin/import']")).click();
        wait(ExpectedConditions.urlToBe(base + "/admin/import"));
        chromium.checkPage("import-form");

        Path broken = zip("broken.zip", Map.of(
                "organisations.csv", "key,name,type,municipality_code,colour\nBad_Key,Dårlig,municipality,751,blå\n"
                        + "ny-kommune,Ny Kommune,municipality,999,rød\n",
                "usages.csv", "organisation,product,status\nny-kommune,os2ikke,production\n"));
        upload(broken);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress[data-state='rejected']")));
        String page = driver.findElement(By.id("content")).getText();
        assertThat(page).contains("Pakken blev afvist: 3 problemer", "organisations.csv", "usages.csv",
                "Ukendt kolonne", "'Bad_Key' er ikke en nøgle", "'os2ikke' (produkt) findes hverken i products.csv eller i databasen")
                .doesNotContain("unknown column", "is not a key");
        assertThat(driver.findElements(By.cssSelector("#import-progress[hx-trigger]"))).as("the polling stopped").isEmpty();
        chromium.checkPage("import-rejected");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isZero();

        driver.get(base + "/admin/import?lang=en");
        Path good = zip("good.zip", Map.of(
                "organisations.csv", "key,name,type,municipality_code\nny-kommune,Ny Kommune,municipality,999\n",
                "products.csv", "key,name\nos2ny,OS2ny\n",
                "usages.csv", "organisation,product,status\nny-kommune,os2ny,production\n"));
        upload(good);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress[data-state='imported']")));
        assertThat(driver.findElement(By.id("import-progress")).getText()).contains("The package is imported",
                "the search index has been rebuilt",
                "organisations.csv", "usages.csv");
        chromium.checkPage("import-imported-en");
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isEqualTo(1);

        driver.get(base + "/admin/import?lang=da");
        assertThat(driver.findElement(By.id("jobs-caption")).findElement(By.xpath("..")).getText())
                .contains("broken.zip", "Afvist", "good.zip", "Importeret");
    }

    private void upload(Path zip) {
        var driver = chromium.driver();
        driver.findElement(By.id("import-file")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action='/admin/import'] button[type='submit']")).click();
        wait(ExpectedConditions.urlMatches(".*/admin/import/[0-9a-f-]{36}$"));
    }

    private Path zip(String name, Map<String, String> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(temp.resolve(name), bytes.toByteArray());
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).until(condition);
    }
}
