package org.medinsure.warehouse.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * PDFs made here with PDFBox: text drawn at known positions, as a spreadsheet exported to PDF
 * draws a table, rendered back to aligned lines.
 */
class TestPdfTextRenderer {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** One piece of text at a position of a page (x from the left, y from the top, in points). */
    private record Text(int page, float x, float y, String text) {
    }

    private static byte[] pdf(int pages, List<Text> texts, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Text text : texts) {
                        if (text.page() == p + 1) {
                            content.beginText();
                            content.setFont(FONT, 10);
                            content.newLineAtOffset(text.x(), page.getMediaBox().getHeight() - text.y());
                            content.showText(text.text());
                            content.endText();
                        }
                    }
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> lines(RenderedFile rendered) {
        return rendered.text().lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void aTableIsPrintedInColumnsWithItsCellsTwoSpacesApartOrMore() throws IOException {
        byte[] bytes = pdf(1, List.of(
                new Text(1, 50, 100, "Code"), new Text(1, 100, 100, "Item"), new Text(1, 300, 100, "Total"),
                new Text(1, 50, 120, "201"), new Text(1, 100, 120, "General services"), new Text(1, 300, 120, "1,000.00"),
                new Text(1, 50, 140, "208"), new Text(1, 100, 140, "Social security"), new Text(1, 300, 140, "250.50")),
                null);

        RenderedFile rendered = PdfTextRenderer.render("table.pdf", bytes);

        assertThat(rendered.problems()).isEmpty();
        assertThat(rendered.pages().page(rendered.text().size())).isEqualTo(1);
        List<String> lines = lines(rendered);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).strip().split("\\s{2,}")).containsExactly("201", "General services", "1,000.00");
        // the figures of the two rows start in the same column: the total column lines up
        assertThat(lines.get(1).indexOf("1,000.00")).isEqualTo(lines.get(2).indexOf("250.50"));
        // words of one cell keep their single space
        assertThat(lines.get(2)).contains("Social security");
    }

    @Test
    void figuresPrintedAFewPointsAboveTheirLabelAreOneRow() throws IOException {
        byte[] bytes = pdf(1, List.of(
                new Text(1, 50, 120, "201"), new Text(1, 100, 120, "General services"),
                new Text(1, 300, 113, "1,000.00"), new Text(1, 380, 113, "600.00")), null);

        List<String> lines = lines(PdfTextRenderer.render("offset.pdf", bytes));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).strip().split("\\s{2,}")).containsExactly("201", "General services", "1,000.00", "600.00");
    }

    @Test
    void aCellWrappedOverTwoLinesStaysTwoLines() throws IOException {
        byte[] bytes = pdf(1, List.of(
                new Text(1, 100, 113, "Pension"), new Text(1, 100, 121, "contributions"),
                new Text(1, 300, 117, "160.75")), null);

        List<String> lines = lines(PdfTextRenderer.render("wrapped.pdf", bytes));

        // the figure joins the first line it shares no column with; the wrapped tail stays apart
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).strip()).isEqualTo("contributions");
    }

    @Test
    void aSecondPageOpensWithAFormFeed() throws IOException {
        byte[] bytes = pdf(2, List.of(new Text(1, 50, 100, "201 first page"), new Text(2, 50, 100, "208 second page")),
                null);

        RenderedFile rendered = PdfTextRenderer.render("pages.pdf", bytes);
        List<String> lines = lines(rendered);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\f");
        // lineage: the second rendered line is the first line of page 2
        assertThat(rendered.pages().page(2)).isEqualTo(2);
        assertThat(rendered.pages().lineOnPage(2)).isEqualTo(1);
        assertThat(rendered.pages().page(0)).isNull();
    }

    @Test
    void aPdfWithoutTextIsAScan() throws IOException {
        RenderedFile rendered = PdfTextRenderer.render("scan.pdf", pdf(3, List.of(), null));

        assertThat(rendered.unreadable()).isTrue();
        assertThat(rendered.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo("no_text_layer");
            assertThat(problem.detail()).contains("scan.pdf").contains("3 pages");
        });
    }

    @Test
    void aScannedPageAmongTextPagesIsNamed() throws IOException {
        RenderedFile rendered = PdfTextRenderer.render("mixed.pdf",
                pdf(2, List.of(new Text(1, 50, 100, "201 text")), null));

        assertThat(rendered.unreadable()).isFalse();
        assertThat(rendered.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.detail()).contains("pages [2]"));
    }

    @Test
    void anEncryptedPdfOpensWithAnEmptyUserPasswordAndIsRefusedWithAnyOther() throws IOException {
        List<Text> texts = List.of(new Text(1, 50, 100, "201 protected"));
        byte[] ownerOnly = pdf(1, texts, new StandardProtectionPolicy("owner", "", new AccessPermission()));
        byte[] locked = pdf(1, texts, new StandardProtectionPolicy("owner", "secret", new AccessPermission()));

        assertThat(lines(PdfTextRenderer.render("open.pdf", ownerOnly))).containsExactly("201 protected");
        RenderedFile refused = PdfTextRenderer.render("locked.pdf", locked);
        assertThat(refused.unreadable()).isTrue();
        assertThat(refused.problems()).extracting(problem -> problem.check()).containsExactly("encrypted");
    }
}
