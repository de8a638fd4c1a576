package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The charts: one on the home page (members and usages over time) with its table, tooltips that put the
 * label apart from the values, the map right after the figures on /statistik with a legend of ranges,
 * each value once.
 */
@IntegrationTest
class ChartsBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void data() {
        WebTestData.load(context);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chromium.driver()).executeScript(script);
    }

    private void waitForCharts(int count) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).until(d -> js(
                "return document.querySelectorAll('[data-chart] canvas').length") instanceof Long n && n >= count);
    }

    @Test
    void theHomePageDrawsMembersAndUsagesOverTimeWithATooltipOfLabelAndValues() throws IOException {
        var driver = chromium.driver();
        driver.get("http://localhost:" + port + "/");
        waitForCharts(1);
        assertThat(driver.findElement(By.id("home-trend-caption")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#home-trend-caption ~ tbody tr, table:has(#home-trend-caption) tbody tr")))
                .isNotEmpty();
        @SuppressWarnings("unchecked")
        var series = (List<String>) js("const c = echarts.getInstanceByDom(document.querySelector('[data-chart=trend]'));"
                + " return c.getOption().series.map(s => s.name);");
        assertThat(series).containsExactly("Medlemmer", "Kommunale anvendelser");
        String tip = (String) js("const c = echarts.getInstanceByDom(document.querySelector('[data-chart=trend]'));"
                + " const f = c.getOption().tooltip[0].formatter;"
                + " return f([{seriesName: 'Medlemmer', value: 82, axisValueLabel: '2025'}, {seriesName: 'Kommunale anvendelser', value: 394}]);");
        assertThat(tip).isEqualTo("<strong>2025</strong><br>Medlemmer: <strong>82</strong><br>Kommunale anvendelser: <strong>394</strong>");
        chromium.checkPage("home-chart");
    }

    @Test
    void theMapComesFirstAndItsLegendNamesEachRangeOnce() throws IOException {
        var driver = chromium.driver();
        driver.get("http://localhost:" + port + "/statistik");
        waitForCharts(3);
        @SuppressWarnings("unchecked")
        var headings = (List<String>) js("return [...document.querySelectorAll('#content section h2')].map(h => h.id);");
        assertThat(headings.indexOf("map-heading")).isLessThan(headings.indexOf("trend-heading"));
        assertThat(headings.indexOf("map-heading")).isGreaterThan(headings.indexOf("figures-heading"))
                .isLessThan(headings.indexOf("products-heading"));
        @SuppressWarnings("unchecked")
        var labels = (List<String>) js("const c = echarts.getInstanceByDom(document.querySelector('[data-chart=map]'));"
                + " return c.getOption().visualMap[0].pieces.map(p => p.label);");
        assertThat(labels).doesNotHaveDuplicates().startsWith("0");
        Long height = (Long) js("return Math.round(document.querySelector('[data-chart=map]').getBoundingClientRect().height);");
        assertThat(height).isGreaterThanOrEqualTo(600L);
        chromium.checkPage("statistics-map-first");
    }
}
