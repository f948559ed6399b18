package fr.assistantmedical.batch;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields on one line: commas, double quotes, and doubled quotes inside quoted fields. */
public final class Csv {

    private Csv() {
    }

    /** @throws IllegalArgumentException on an unclosed quote */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("guillemet non refermé");
        }
        fields.add(field.toString());
        return fields;
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }
}
