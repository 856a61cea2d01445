package org.shelfwise.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher's claim on a data directory. A lock on {@code launcher.lock} decides who owns it, as a lock dies
 * with its process and a pid can be reused; {@code shelfwise.pid} tells {@code ./shelfwise down} whom to stop.
 */
final class DataDirectoryClaim implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private DataDirectoryClaim(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /** Claims the directory, creating it if need be; throws {@link DataDirectoryInUse} if another launcher has it. */
    static DataDirectoryClaim claim(Path dataDir) {
        Path pidFile = dataDir.resolve("shelfwise.pid");
        try {
            Files.createDirectories(dataDir);
            var channel = FileChannel.open(dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUse(dataDir, Files.exists(pidFile) ? Files.readString(pidFile).trim() : "");
            }
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
            return new DataDirectoryClaim(channel, lock, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not claim " + dataDir, e);
        }
    }

    /** Gives the directory up; the pid file goes while the lock is held, so it is never the next owner's. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release " + pidFile.getParent(), e);
        }
    }
}
