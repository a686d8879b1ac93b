package org.memolens.export;

/** Escaping for HTML and SVG text and attribute values. */
final class Html {

    private Html() {
    }

    /** Escapes the five characters that can end text or an attribute, so any input stays text. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A colour from data (a codebook) if it is a plain "#rrggbb", else grey: never markup. */
    static String colour(String value) {
        return value != null && value.matches("#[0-9a-fA-F]{6}") ? value : "#888888";
    }
}
