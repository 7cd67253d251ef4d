package de.servicebot.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.delivery.DeliveryLine;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteNumber;
import de.servicebot.core.delivery.DeliveryNotePdf;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed delivery note, read back with PDFBox as a customer's PDF viewer would. */
class HtmlDeliveryNotePdfTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final HtmlDeliveryNotePdf printer = new HtmlDeliveryNotePdf(
            new Letterhead("IT-Service Müller GmbH", "Königstraße 12\n86150 Augsburg\nTel. 0821 123456"), BERLIN);

    @Test
    void printsTheNumberTheCustomerEveryLineWithUmlautsAndTheReceiptField() throws Exception {
        byte[] pdf = printer.render(sheet(issued(), Language.DE));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains("Lieferschein LS-2026-00042")
                    .contains("Müller Maschinenbau GmbH", "Industriestraße 5", "86150 Augsburg", "K-10001")
                    .contains("T-2026-00017", "AB-2026-0815")
                    .contains("Switch 24 Port, verwaltet", "SW-24", "Seriennummern: SN-4711, SN-4712")
                    .contains("Kopierpapier A4, 80 g", "Karton à 5 Pakete", "2,5")
                    .contains("Prüfgerät für Lötstellen <geliehen>", "nicht im Auftrag")
                    .contains("Ware vollständig erhalten", "Unterschrift");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "delivery-note.de.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    @Test
    void printsInEnglishForAnEnglishSpeakingContact() throws Exception {
        try (PDDocument document = Loader.loadPDF(printer.render(sheet(issued(), Language.EN)))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Delivery note LS-2026-00042", "Goods received in full", "2.5", "Serial numbers");
        }
    }

    private static DeliveryNotePdf.Sheet sheet(DeliveryNote note, Language language) {
        return new DeliveryNotePdf.Sheet(
                note,
                "K-10001",
                "Müller Maschinenbau GmbH",
                "Anna Berger",
                "T-2026-00017",
                "Netzwerk im Lager erneuern",
                "",
                language);
    }

    private static DeliveryNote issued() {
        DeliveryNote note = DeliveryNote.draft(
                new CustomerId(UUID.randomUUID()),
                new TicketId(UUID.randomUUID()),
                Optional.of("AB-2026-0815"),
                LocalDate.of(2026, 12, 3),
                "Müller Maschinenbau GmbH\nIndustriestraße 5\n86150 Augsburg");
        note.add(new DeliveryLine(
                "order:1",
                "SW-24",
                "Switch 24 Port, verwaltet",
                new BigDecimal("2"),
                "Stück",
                List.of("SN-4711", "SN-4712"),
                true,
                DeliveryLine.Source.ORDER,
                false));
        note.add(new DeliveryLine(
                "time:1:1",
                "FP-A4",
                "Kopierpapier A4, 80 g",
                new BigDecimal("2.5"),
                "Karton à 5 Pakete",
                List.of(),
                false,
                DeliveryLine.Source.STOCK,
                true));
        note.add(new DeliveryLine(
                "time:1:2",
                "",
                "Prüfgerät für Lötstellen <geliehen>",
                BigDecimal.ONE,
                "Stück",
                List.of(),
                false,
                DeliveryLine.Source.STOCK,
                true));
        note.issue(
                new DeliveryNoteNumber(DeliveryNote.Kind.DELIVERY, 2026, 42),
                new StaffId(UUID.randomUUID()),
                Instant.parse("2026-12-03T09:00:00Z"));
        return note;
    }
}
