package org.heard.interfaces.web.supervisor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.heard.application.supervision.ConsentDetail;
import org.heard.domain.model.audit.AuditChain;
import org.heard.interfaces.web.DatesBacking;
import org.heard.interfaces.web.MessageBundleResolver;

/**
 * A one-page consent receipt: the statement text of the version that was read,
 * what the family chose, who recorded it, when and how. Never a family's name.
 * Set in Liberation Sans (bundled with OpenPDF) so that any Latin, Greek or
 * Cyrillic text prints; the statement's size is reduced until it fits one page.
 */
public final class ConsentReceiptPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private static volatile BaseFont baseFont;

    private ConsentReceiptPdf() {}

    /**
     * Writes the receipt of the detail's current consent record; {@code head}, the organisation's audit chain head when the receipt was made (null before
     * any event), is printed on it, so that a printed receipt witnesses the audit trail too.
     */
    public static void write(ConsentDetail detail, AuditChain head, DatesBacking dates, OutputStream out) {
        ConsentDetail.Record record = detail.getCurrent();
        float size = 10f;
        byte[] pdf;
        do {
            pdf = render(detail, head, record, dates, size);
            size -= 0.5f;
        } while (pages(pdf) > 1 && size >= 5f);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] render(
            ConsentDetail detail, AuditChain head, ConsentDetail.Record record, DatesBacking dates, float size) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, buffer);
            document.addTitle(text("receipt.title", detail.getReference()));
            document.addCreator(text("app.name"));
            document.open();
            BaseFont font = font();
            Font title = new Font(font, 16);
            Font label = new Font(font, 9);
            Font body = new Font(font, 10);
            Font statement = new Font(font, size);
            document.add(new Paragraph(text("receipt.title", detail.getReference()), title));
            document.add(new Paragraph(text("receipt.intro"), body));
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 2.8f});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(10);
            facts.setSpacingAfter(10);
            row(facts, label, body, "receipt.reference", detail.getReference());
            row(facts, label, body, "receipt.recorded-at", dates.format(record.getRecordedAt()));
            row(facts, label, body, "receipt.recorded-by", record.getRecordedByName());
            row(facts, label, body, "receipt.method", text("consent-method." + record.getMethod()));
            row(facts, label, body, "receipt.outcome", text(record.isAgreed() ? "receipt.agreed" : "receipt.declined"));
            if (record.getChoice() != null) {
                row(facts, label, body, "receipt.choice", text("choice.short." + record.getChoice()));
            }
            row(
                    facts,
                    label,
                    body,
                    "receipt.statement-version",
                    text("receipt.statement-version.value", record.getStatementVersion(), record.getStatementSha256()));
            if (detail.getWithdrawal() != null) {
                row(
                        facts,
                        label,
                        body,
                        "receipt.withdrawn",
                        text(
                                "receipt.withdrawn.value",
                                detail.getWithdrawal().getRequestedOn().toString(),
                                text("withdrawal.method."
                                        + detail.getWithdrawal().getMethod())));
            }
            if (head != null) {
                row(
                        facts,
                        label,
                        body,
                        "receipt.audit-head",
                        text("receipt.audit-head.value", String.valueOf(head.getLastSeq()), head.getLastMac()));
            }
            document.add(facts);
            document.add(new Paragraph(text("receipt.statement-heading"), label));
            Paragraph read = new Paragraph(record.getStatementText(), statement);
            read.setAlignment(Element.ALIGN_LEFT);
            document.add(read);
        } catch (DocumentException e) {
            throw new IllegalStateException("The receipt could not be laid out", e);
        } finally {
            document.close();
        }
        return buffer.toByteArray();
    }

    private static void row(PdfPTable table, Font label, Font body, String key, String value) {
        PdfPCell name = new PdfPCell(new Paragraph(text(key), label));
        name.setBorderWidth(0.25f);
        name.setPadding(4);
        PdfPCell content = new PdfPCell(new Paragraph(value == null ? "" : value, body));
        content.setBorderWidth(0.25f);
        content.setPadding(4);
        table.addCell(name);
        table.addCell(content);
    }

    private static int pages(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font() {
        BaseFont loaded = baseFont;
        if (loaded == null) {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + FONT + " is missing from the OpenPDF library");
                }
                loaded = BaseFont.createFont(
                        "LiberationSans-Regular.ttf",
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        true,
                        in.readAllBytes(),
                        null);
                baseFont = loaded;
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("The receipt font could not be loaded", e);
            }
        }
        return loaded;
    }

    private static String text(String key, Object... params) {
        return MessageBundleResolver.format(key, params);
    }
}
