package fr.assistantmedical.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What poppler-utils read in a PDF (pdftotext, pdfinfo, pdffonts), as a person's PDF reader would. */
public final class Pdf {

    private Pdf() {
    }

    /** The text in content order, with non-breaking spaces as plain spaces and runs of white space as one. */
    public static String text(byte[] pdf) {
        return run(pdf, "pdftotext", "-raw", "-enc", "UTF-8").replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("\\s+", " ");
    }

    public static String info(byte[] pdf) {
        return run(pdf, "pdfinfo");
    }

    public static String fonts(byte[] pdf) {
        return run(pdf, "pdffonts");
    }

    private static String run(byte[] pdf, String tool, String... options) {
        try {
            Path file = Files.createTempFile("presentation", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of(tool));
                command.addAll(List.of(options));
                command.add(file.toString());
                if (tool.equals("pdftotext")) {
                    command.add("-");
                }
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException(tool + " failed: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(tool + " is needed (Debian poppler-utils, installed by .ci/run)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
