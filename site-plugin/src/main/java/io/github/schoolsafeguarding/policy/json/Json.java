package io.github.schoolsafeguarding.policy.json;

import java.util.Locale;

/** Just enough JSON for ids, labels and text: string literals, also valid inside a JavaScript file. */
public final class Json {

    private Json() {}

    public static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                // line terminators to JavaScript before ES2019, though JSON allows them
                case '\u2028', '\u2029' -> json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
