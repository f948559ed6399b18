package fr.assistantmedical.batch;

import java.io.IOException;
import java.io.Reader;

/** Reads lines of at most {@code max} characters; a longer line is skipped whole and reported as too long. */
public final class BoundedLines {

    /** Stands for a line that was too long. */
    public static final String TOO_LONG = new String("line too long");

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    public BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its end (\n or \r\n), {@link #TOO_LONG}, or null at the end of the input. */
    public String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(line, tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > max + 1) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < limit) {
                position++; // the \n
                return finish(line, tooLong);
            }
        }
    }

    private String finish(StringBuilder line, boolean tooLong) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return tooLong || end > max ? TOO_LONG : line.substring(0, end);
    }
}
