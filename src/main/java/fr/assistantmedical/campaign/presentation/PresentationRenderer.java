package fr.assistantmedical.campaign.presentation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Lays a presentation out as a tagged PDF (PDF/UA): the Qute template writes XHTML, openhtmltopdf
 * renders it with PDFBox. The DejaVu Sans fonts are embedded (subsets), so the text is real text in
 * any reader, and the structure tree lets a screen reader follow headings, lists and tables.
 */
@ApplicationScoped
public class PresentationRenderer {

    private static final String FAMILY = "DejaVu Sans";

    private final Template template;
    private final byte[] regular;
    private final byte[] bold;

    PresentationRenderer(@Location("campaign/presentation.html") Template template) {
        this.template = template;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    /** The PDF of a presentation. CPU-bound (tens of milliseconds): not for the event loop. */
    public byte[] pdf(Presentation presentation) {
        String xhtml = template.data("p", presentation).render();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Aide à l'emploi d'un assistant médical");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String name) {
        try (InputStream in = PresentationRenderer.class.getResourceAsStream("/presentation/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + name);
            }
            return withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFBox applies a font's ligatures (its GSUB table) to Latin text: « profil » would be written
     * with the single glyph « ﬁ », and a reader extracting the text or reading it aloud would get that
     * glyph rather than the letters. Renaming the table in the font's directory keeps every letter
     * a glyph of its own; the embedded subsets never carried the table anyway.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (ttf[record] == 'G' && ttf[record + 1] == 'S' && ttf[record + 2] == 'U' && ttf[record + 3] == 'B') {
                ttf[record] = 'g';
                ttf[record + 1] = 's';
                ttf[record + 2] = 'u';
                ttf[record + 3] = 'b';
            }
        }
        return ttf;
    }
}
