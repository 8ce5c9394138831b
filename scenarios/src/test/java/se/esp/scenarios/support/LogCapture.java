package se.esp.scenarios.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures everything logged through java.util.logging (the platform's and EclipseLink's logging) meanwhile. */
public final class LogCapture extends Handler {

    private final List<String> lines = new ArrayList<>();
    private final Level previous;

    private LogCapture() {
        Logger root = Logger.getLogger("");
        previous = root.getLevel();
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
        Logger.getLogger("").setLevel(previous);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            line.append(' ').append(Arrays.toString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            line.append(' ').append(record.getThrown());
        }
        lines.add(line.toString());
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
