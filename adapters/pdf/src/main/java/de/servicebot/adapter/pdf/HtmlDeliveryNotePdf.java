package de.servicebot.adapter.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import de.servicebot.core.delivery.DeliveryLine;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNotePdf;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.shared.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The delivery note as XHTML (a Mustache template, every value escaped) printed to A4 by openhtmltopdf, with DejaVu
 * Sans embedded so that umlauts print as they are typed. Labels come from {@code pdf/labels_<language>.properties}.
 */
public final class HtmlDeliveryNotePdf implements DeliveryNotePdf {

    private static final String FONT = "DejaVu Sans";

    private final Letterhead letterhead;
    private final ZoneId zone;
    private final Template template;
    private final Map<Language, Properties> labels = new HashMap<>();
    private final byte[] regular;
    private final byte[] bold;

    public HtmlDeliveryNotePdf(Letterhead letterhead, ZoneId zone) {
        this.letterhead = letterhead;
        this.zone = zone;
        this.template = Mustache.compiler()
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true)
                .compile(new String(read("pdf/delivery-note.xhtml"), StandardCharsets.UTF_8));
        for (Language language : Language.values()) {
            Properties texts = new Properties();
            try (InputStream in =
                    new java.io.ByteArrayInputStream(read("pdf/labels_" + language.code() + ".properties"))) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            labels.put(language, texts);
        }
        this.regular = read("pdf/fonts/DejaVuSans.ttf");
        this.bold = read("pdf/fonts/DejaVuSans-Bold.ttf");
    }

    @Override
    public byte[] render(Sheet sheet) {
        String html = template.execute(model(sheet));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(regular),
                    FONT,
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(bold),
                    FONT,
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("The delivery note could not be printed", failed);
        }
        return pdf.toByteArray();
    }

    /** The values the template shows, every one of them plain text. */
    Map<String, Object> model(Sheet sheet) {
        DeliveryNote note = sheet.note();
        Properties l = labels.get(sheet.language());
        Map<String, Object> model = new HashMap<>();
        model.put("l", l);
        model.put("lang", sheet.language().code());
        model.put("company", letterhead.name());
        model.put("companyAddress", String.join(" · ", lines(letterhead.address())));
        model.put("customerName", sheet.customerName());
        List<String> address = new ArrayList<>(lines(note.deliveryAddress()));
        if (!address.isEmpty() && address.get(0).equalsIgnoreCase(sheet.customerName())) {
            address.remove(0);
        }
        model.put("addressLines", address);
        model.put(
                "title",
                l.getProperty(note.kind() == DeliveryNote.Kind.RETURN ? "title.return" : "title.delivery") + " "
                        + note.number().map(Object::toString).orElse(l.getProperty("draft")));
        LocalDate date =
                note.issue().map(i -> LocalDate.ofInstant(i.at(), zone)).orElse(note.day());
        model.put("date", Formats.date(date, sheet.language()));
        model.put("customerNumber", sheet.customerNumber());
        model.put("contactName", sheet.contactName());
        model.put("ticket", sheet.ticketNumber() + " – " + sheet.ticketSubject());
        model.put("order", note.orderNumber().orElse(""));
        model.put("refersTo", sheet.refersTo());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<DeliveryLine> all = note.lines();
        for (int i = 0; i < all.size(); i++) {
            DeliveryLine line = all.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("position", String.valueOf(i + 1));
            row.put("article", line.articleNumber());
            row.put("description", line.description());
            row.put("quantity", Formats.quantity(line.quantity(), sheet.language()));
            row.put("unit", line.unit());
            row.put("serials", String.join(", ", line.serialNumbers()));
            row.put("extra", line.extra());
            rows.add(row);
        }
        model.put("lines", rows);
        note.receipt().ifPresent(receipt -> {
            model.put("receivedBy", receipt.receivedBy());
            model.put("receivedOn", Formats.date(receipt.on(), sheet.language()));
        });
        return model;
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\R"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = HtmlDeliveryNotePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Unreadable: " + resource, unreadable);
        }
    }
}
