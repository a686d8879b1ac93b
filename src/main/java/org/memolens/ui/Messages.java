package org.memolens.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI strings, from {@code org/memolens/ui/messages.properties}. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.memolens.ui.messages");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
