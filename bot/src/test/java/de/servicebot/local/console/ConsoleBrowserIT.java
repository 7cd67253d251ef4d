package de.servicebot.local.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.local.DemoData;
import de.servicebot.bot.local.LocalServicebot;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer's first minutes in the console, in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): a ticket made with the card, forwarded with the customer e-mail on, the confirmation card,
 * the receipt among the caught mails, and a call logged on the ticket appearing live in the technician's tab; the demo
 * order turned into tickets and the technician ticking the base installation's checklist. Where
 * no Chromium is installed the test is skipped and says so, unless {@code SERVICEBOT_BROWSER_REQUIRED} is set (CI
 * sets it); then it fails.
 */
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("servicebot.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("servicebot.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOT = Path.of("target", "console.png");

    private static final String NO_CHROMIUM =
            "No Chromium at " + CHROMIUM + " with " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";

    private static GreenMail mail;
    private static ConfigurableApplicationContext app;
    private static WebDriver browser;

    @BeforeAll
    static void startTheLocalRunAndABrowser() {
        if (!chromiumInstalled()) {
            if (System.getenv("SERVICEBOT_BROWSER_REQUIRED") != null) {
                throw new IllegalStateException(NO_CHROMIUM + ", but SERVICEBOT_BROWSER_REQUIRED is set");
            }
            return;
        }
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        app = LocalServicebot.start(EmbeddedDatabase.shared().newDatabase("console_browser"), mail, "--server.port=0");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=de-DE");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromiumInstalled(), NO_CHROMIUM);
    }

    @Test
    void createsAndForwardsATicketWithTheCardsShowsTheReceiptMailAndTellsTheTechnicianLive() throws Exception {
        String console = "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort() + "/";
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(console);
        talkAs("Tim Technik", wait);
        browser.findElement(By.id("text")).sendKeys("meine\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chat .bot")));
        String timsTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB).get(console);
        String verasTab = browser.getWindowHandle();
        talkAs("Vera Vertrieb", wait);

        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("neu Drucker druckt nicht\n");
        WebElement customer = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#chat input[placeholder='Die ersten Buchstaben des Kundennamens']")));
        customer.sendKeys("Mül");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='chat']//*[contains(@class,'ac-choiceSetInput-choice')]"
                                + "[contains(., 'Müller Maschinenbau GmbH')]")))
                .click();
        button("Weiter").click();

        button("Ticket anlegen");
        List<WebElement> choices = browser.findElements(By.cssSelector("#chat select"));
        new Select(choices.get(0)).selectByVisibleText("Anna Berger");
        new Select(choices.get(1)).selectByVisibleText("Störung");
        new Select(choices.get(2)).selectByVisibleText("Drucker");
        button("Ticket anlegen").click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "ist angelegt"));
        String number = lastCard().split("Ticket ", 2)[1].split(" ", 2)[0];
        assertThat(number).matches("T-\\d{4}-\\d{5}");
        button("Weiterleiten").click();

        WebElement notifyCustomer =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#chat input[type=checkbox]")));
        assertThat(lastCard())
                .as("the receipt shown as Anna will read it")
                .contains("So kommt die Eingangsbestätigung bei Anna Berger an")
                .contains("Betreff: Ihr Supportauftrag " + number + " ist eingegangen")
                .contains("Guten Tag Anna Berger");
        new Select(browser.findElements(By.cssSelector("#chat select")).get(0)).selectByVisibleText("Tim Technik");
        if (!notifyCustomer.isSelected()) {
            notifyCustomer.click();
        }
        button("Weiterleiten").click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Ticket " + number + " ist an Tim Technik weitergeleitet"));
        assertThat(lastCard()).contains("Anna Berger bekommt die Eingangsbestätigung per E-Mail");
        await().atMost(Duration.ofSeconds(15)).until(() -> receiptFor(number).length == 1);
        assertThat(receiptFor(number)[0].getAllRecipients()[0].toString())
                .contains("anna.berger@mueller-maschinenbau.example");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("mails"), "Ihr Supportauftrag " + number + " ist eingegangen"));

        button("Anruf eintragen").click();
        button("Eintragen");
        WebElement caller = lastCardElement()
                .findElements(By.cssSelector("input[type=text]"))
                .get(0);
        caller.clear();
        caller.sendKeys("Anna Berger");
        browser.findElement(By.cssSelector("#chat textarea")).sendKeys("Toner ist angekommen");
        button("Eintragen").click();
        browser.switchTo().window(timsTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Vera Vertrieb hat dir Ticket " + number));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Vera Vertrieb hat einen Anruf zu " + number));
        assertThat(lastCard()).contains("Toner ist angekommen");
        browser.switchTo().window(verasTab);
    }

    @Test
    void salesTurnsTheDemoOrderIntoTicketsAndTheTechnicianTicksOnlyWhatIsDone() {
        String console = "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort() + "/";
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.switchTo().newWindow(WindowType.TAB).get(console);
        String timsTab = browser.getWindowHandle();
        talkAs("Tim Technik", wait);
        browser.switchTo().newWindow(WindowType.TAB).get(console);
        talkAs("Vera Vertrieb", wait);
        assertThat(browser.findElement(By.id("who")).getText())
                .as("role names in German")
                .contains("Vera Vertrieb (Vertrieb)")
                .doesNotContain("SALES");

        browser.findElement(By.id("text")).sendKeys("auftrag " + DemoData.ORDER + "\n");
        button("Tickets erstellen");
        WebElement form = lastCardElement();
        assertThat(form.findElement(By.tagName("textarea")).getDomProperty("value"))
                .contains("1 Stück Server Dell PowerEdge R660", "Einweisung 2 h kostenlos");
        List<WebElement> choices = form.findElements(By.tagName("select"));
        new Select(choices.get(0)).selectByVisibleText("Anna Berger");
        new Select(choices.get(1)).selectByVisibleText("Hardware");
        new Select(choiceLabelled(form, "Techniker für „Grundinstallation“")).selectByVisibleText("Tim Technik");
        new Select(choiceLabelled(form, "Techniker für „Arbeitsplatz einrichten“")).selectByVisibleText("Tim Technik");
        toggle(form, "Ticket „Grundinstallation“ erstellen");
        toggle(form, "Ticket „Arbeitsplatz einrichten“ erstellen");
        button("Tickets erstellen").click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Aus Auftrag " + DemoData.ORDER + " sind 2 Tickets erstellt"));
        String made = browser.findElement(By.id("chat")).getText();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("Das Auftragsdokument liegt bei (T-\\d{4}-\\d{5})")
                .matcher(made);
        assertThat(at.find()).as(made).isTrue();
        String base = at.group(1);

        browser.switchTo().window(timsTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Vera Vertrieb hat dir Ticket " + base));
        browser.findElement(By.id("text")).sendKeys("checkliste " + base + "\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "0/4 erledigt"));
        button("Abhaken");
        lastCardElement()
                .findElements(By.xpath(".//button[normalize-space(.)='Abhaken']"))
                .get(0)
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Punkt 1 abhaken: Server eingebaut und verkabelt"));
        lastCardElement().findElement(By.cssSelector("input[type=text]")).sendKeys("SN-CZ2417");
        button("Abhaken").click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Punkt 1 „Server eingebaut und verkabelt“ ist abgehakt"));
        assertThat(lastCard()).contains("1/4 erledigt", "erledigt von Tim Technik", "Seriennummer: SN-CZ2417");
        button("Ticket erledigt").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Was wurde erledigt?"));
        lastCardElement().findElement(By.cssSelector("textarea")).sendKeys("Server eingebaut");
        button("Als erledigt melden").click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat"), "Ticket " + base + " kann noch nicht als erledigt gemeldet werden"));
        assertThat(browser.findElement(By.id("chat")).getText())
                .contains("Server: Betriebssystem installiert und aktualisiert")
                .contains("Server: Dokumentation beim Kunden aktualisiert");

        browser.findElement(By.id("text")).sendKeys("ticket " + base + "\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Dokumente (1)"));
        String consoleTab = browser.getWindowHandle();
        java.util.Set<String> before = browser.getWindowHandles();
        button("Auftrag " + DemoData.ORDER + ".pdf öffnen").click();
        wait.until(driver -> driver.getWindowHandles().size() > before.size());
        String pdfTab = browser.getWindowHandles().stream()
                .filter(handle -> !before.contains(handle))
                .findFirst()
                .orElseThrow();
        browser.switchTo().window(pdfTab);
        wait.until(driver -> driver.getCurrentUrl().contains("/documents/"));
        String opened = browser.getCurrentUrl();
        browser.close();
        browser.switchTo().window(consoleTab);
        Object served = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                                + " + r.headers.get('content-type') + ' ' + t.substring(0, 8))));",
                        opened);
        assertThat(served).isEqualTo("200 application/pdf %PDF-1.4");
    }

    /** The drop-down of the card under that label. */
    private static WebElement choiceLabelled(WebElement card, String label) {
        return card.findElement(By.xpath(".//*[normalize-space(text())='" + label + "']/following::select[1]"));
    }

    /** Switches on the card's toggle of that title. */
    private static void toggle(WebElement card, String title) {
        WebElement box = card.findElement(By.xpath(
                ".//*[contains(@class,'ac-toggleInput')][contains(., '" + title + "')]//input[@type='checkbox']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void talkAs(String name, WebDriverWait wait) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), name));
        new Select(browser.findElement(By.id("who"))).selectByContainsVisibleText(name);
    }

    /** The button of that title on the newest card that has one, once it can be clicked. */
    private static WebElement button(String title) {
        By buttons = By.xpath("//*[@id='chat']//button[normalize-space(.)='" + title + "']");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(buttons));
        List<WebElement> found = browser.findElements(buttons);
        return found.get(found.size() - 1);
    }

    /** What the console shows after the test, passed or failed, for the README and for whoever reads a failure. */
    @AfterEach
    void screenshot() throws IOException {
        if (browser == null) {
            return;
        }
        Files.createDirectories(SCREENSHOT.getParent());
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static String lastCard() {
        return lastCardElement().getText();
    }

    private static WebElement lastCardElement() {
        List<WebElement> cards = browser.findElements(By.cssSelector("#chat .bot"));
        return cards.get(cards.size() - 1);
    }

    private static MimeMessage[] receiptFor(String number) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().contains("Supportauftrag " + number);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toArray(MimeMessage[]::new);
    }
}
