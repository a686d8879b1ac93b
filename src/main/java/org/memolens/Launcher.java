package org.memolens;

import org.memolens.cli.MemoLensCli;
import org.memolens.domain.MemoLensException;
import org.memolens.ui.MemoLensApp;

/**
 * The one entry point. Without arguments it opens the desktop window, with arguments it runs the
 * command line. It does not extend {@code javafx.application.Application}, so the shaded jar starts
 * on a plain JDK with JavaFX on the class path, and the CLI never initialises JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                MemoLensApp.launchDesktop(args);
            } catch (MemoLensException e) {
                MemoLensCli.exitWith(e);
            }
        } else {
            MemoLensCli.main(args);
        }
    }
}
