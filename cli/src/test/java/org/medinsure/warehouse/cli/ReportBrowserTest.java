package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.exports.WarehouseConnections;
import org.medinsure.warehouse.ingest.testing.SharedFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The sample corpus's reports as a supervisor sees them: each file of {@code out/reports} opened in
 * Debian's headless Chromium through its chromedriver. The league tables must hold the counties of
 * the per-capita mart in rank order, the charts must be drawn (inline SVG with a size on the page),
 * the quality panel must be there, and the page must ask the network for nothing: the browser's
 * network log of the page must hold no request beyond the file (the check is first shown to catch a
 * page that fetches an image). The browser's own traffic is sent to a closed local port.
 * A full-page PNG of each report is kept under {@code cli/target/report-screenshots/} (a build
 * artefact). {@code .ci/run} installs chromium and chromium-driver; without them this test skips,
 * saying so.
 */
@ExtendWith(SampleWarehouse.Extension.class)
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path profile;

    @Test
    void everyReportRendersItsTablesChartsAndQualityPanelOffline(SampleWarehouse sample) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them): the reports "
                        + "cannot be opened in a browser (this test is skipped)");
        Path reports = sample.output().resolve("reports");
        List<Path> pages;
        try (Stream<Path> files = Files.list(reports)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).as("reports of the sample run").hasSizeGreaterThan(2);
        Path screenshots = SharedFolder.repositoryRoot().resolve("cli/target/report-screenshots");
        Files.createDirectories(screenshots);

        try (Connection warehouse = WarehouseConnections.readOnly(sample.output().resolve("warehouse.duckdb"))) {
            ChromeDriver browser = browser();
            try {
                // the log holds what the browser did before the first page (its new-tab page): read it away
                browser.get("about:blank");
                requestsBeyondTheFile(browser);
                // the check sees a page that does fetch something
                browser.get("data:text/html,<img src='http://127.0.0.1:9/fetched.png'>");
                assertThat(requestsBeyondTheFile(browser)).containsExactly("http://127.0.0.1:9/fetched.png");
                int reportsChecked = 0;
                for (Path page : pages) {
                    browser.get(page.toUri().toString());
                    assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.toString()).isNotBlank();
                    if (!page.getFileName().toString().equals("index.html")) {
                        checkReport(browser, warehouse, page);
                        reportsChecked++;
                    } else {
                        assertThat(browser.findElements(By.cssSelector("li a"))).hasSize(pages.size() - 1);
                    }
                    assertThat(requestsBeyondTheFile(browser)).as("requests %s made", page.getFileName()).isEmpty();
                    screenshot(browser, screenshots.resolve(page.getFileName().toString().replace(".html", ".png")));
                }
                assertThat(reportsChecked).isEqualTo(pages.size() - 1);
            } finally {
                browser.quit();
            }
        }
    }

    private void checkReport(ChromeDriver browser, Connection warehouse, Path page) throws Exception {
        String title = browser.findElement(By.tagName("h1")).getText();
        String province = title.substring(0, title.indexOf(String.valueOf(yearOf(page))));
        int year = yearOf(page);

        WebElement quality = browser.findElement(By.cssSelector("section#quality"));
        assertThat(quality.isDisplayed()).isTrue();
        assertThat(quality.findElements(By.cssSelector("table.statuses tbody tr"))).hasSize(4);
        assertThat(quality.findElements(By.cssSelector("table.county-quality tbody tr")))
                .hasSize(count(warehouse, "SELECT count(*) FROM mart_region_year WHERE province = ? AND fiscal_year = ?",
                        province, year));

        // the league tables: every county of a programme with a per-capita figure, in rank order
        List<String> expected = strings(warehouse, """
                SELECT coalesce(rank_in_province::VARCHAR, '—') || ' ' || coalesce(county, '') FROM mart_per_capita_subsidy m
                WHERE province = ? AND fiscal_year = ? AND EXISTS (
                    SELECT 1 FROM mart_per_capita_subsidy o WHERE o.province = m.province
                    AND o.fiscal_year = m.fiscal_year AND o.programme = m.programme AND o.per_capita_yuan IS NOT NULL)
                ORDER BY programme, rank_in_province NULLS LAST, region_code""", province, year);
        List<String> shown = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#league tr.league-row"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shown.add(cells.get(0).getText() + " " + cells.get(1).getText());
            assertThat(cells.get(cells.size() - 1).getText()).as("source of %s in %s", cells.get(1).getText(), page)
                    .contains("第").contains("行");
        }
        // a prefecture's own row is named after the prefecture, not left empty
        assertThat(shown).as("league rows of %s", page.getFileName()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).endsWith(" ")) {
                assertThat(shown.get(i)).isEqualTo(expected.get(i));
            }
        }

        // the charts are drawn: one bar chart per programme ranked, a heat map, a strip where there are targets
        int programmes = browser.findElements(By.cssSelector("#league .programme")).size();
        assertThat(drawn(browser, "#league svg.bars")).isEqualTo(programmes);
        boolean rates = count(warehouse, "SELECT count(*) FROM mart_region_year WHERE province = ?", province, null) > 0;
        assertThat(drawn(browser, "#execution svg.heatmap")).isEqualTo(rates ? 1 : 0);
        boolean targets = count(warehouse, "SELECT count(*) FROM mart_satisfaction_targets WHERE province = ? "
                + "AND fiscal_year = ?", province, year) > 0;
        assertThat(drawn(browser, "#satisfaction svg.strip")).isEqualTo(targets ? 1 : 0);
        assertThat(browser.findElements(By.cssSelector("#satisfaction tr.below-floor-row"))).hasSize(
                count(warehouse, "SELECT count(*) FROM mart_satisfaction_targets WHERE province = ? AND fiscal_year = ? "
                        + "AND below_floor", province, year));
    }

    /** SVG elements matching the selector that the browser laid out with a visible size. */
    private static int drawn(ChromeDriver browser, String selector) {
        int drawn = 0;
        for (WebElement chart : browser.findElements(By.cssSelector(selector))) {
            assertThat(chart.getRect().getWidth()).as("width of %s", selector).isGreaterThan(100);
            assertThat(chart.getRect().getHeight()).as("height of %s", selector).isGreaterThan(40);
            drawn++;
        }
        return drawn;
    }

    private static int yearOf(Path page) {
        String name = page.getFileName().toString();
        return Integer.parseInt(name.substring(name.indexOf('-') + 1, name.indexOf('.')));
    }

    /** URLs asked for since the last call, from the browser's network log, other than file:, data: and about: ones. */
    private static List<String> requestsBeyondTheFile(ChromeDriver browser) throws IOException {
        List<String> requests = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")) {
                    requests.add(url);
                }
            }
        }
        return requests;
    }

    private static void screenshot(ChromeDriver browser, Path file) throws IOException {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.min(16000, height.intValue() + 40)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        Files.write(file, png);
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    private ChromeDriver browser() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1024",
                // whatever the browser itself fetches (its update, time and account services, which the
                // flags above do not all silence) goes to a closed port and so nowhere
                "--proxy-server=http://127.0.0.1:" + closedPort, "--proxy-bypass-list=<-loopback>");
        org.openqa.selenium.logging.LoggingPreferences logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        return new ChromeDriver(service, options);
    }

    private static int count(Connection warehouse, String sql, String province, Integer year) throws Exception {
        return Integer.parseInt(strings(warehouse, sql, province, year).get(0));
    }

    private static List<String> strings(Connection warehouse, String sql, String province, Integer year) throws Exception {
        try (PreparedStatement statement = warehouse.prepareStatement(sql)) {
            statement.setString(1, province);
            if (year != null) {
                statement.setInt(2, year);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
