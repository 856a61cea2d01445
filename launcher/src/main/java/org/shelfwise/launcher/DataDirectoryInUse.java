package org.shelfwise.launcher;

import java.nio.file.Path;

/** Another launcher is running on the same data directory. */
final class DataDirectoryInUse extends RuntimeException {

    DataDirectoryInUse(Path dataDir, String pid) {
        super("another launcher (pid " + pid + ") is running on " + dataDir + "; stop it first with "
                + Banner.downCommand(dataDir) + ", or use another --data-dir and other ports");
    }
}
