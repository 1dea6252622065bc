package org.medinsure.warehouse.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark master URL checked before a session is started: a malformed URL, or a standalone master
 * that does not answer, is one clear line within seconds instead of a minute of Spark retrying
 * and its stack traces.
 */
final class MasterUrl {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)(,\\d+)?])?|local-cluster\\[\\d+,\\d+,\\d+]");
    private static final Pattern STANDALONE = Pattern.compile("spark://(.+)");
    private static final Pattern HOST_PORT = Pattern.compile("([^:,/]+|\\[[0-9a-fA-F:]+]):(\\d{1,5})");
    private static final Pattern MANAGED = Pattern.compile("yarn|k8s://.+|mesos://.+");
    private static final String FORMS = "local[*], local[N], spark://HOST:PORT, yarn or k8s://URL";

    private MasterUrl() {
    }

    /** Throws with what is wrong and what to do; returns when Spark can be given this master. */
    static void check(String master, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout is null");
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("--master is empty: pass " + FORMS);
        }
        if (LOCAL.matcher(master).matches() || MANAGED.matcher(master).matches()) {
            return;
        }
        Matcher standalone = STANDALONE.matcher(master);
        if (!standalone.matches()) {
            throw new IllegalArgumentException("Cannot use --master " + master + ": expected " + FORMS);
        }
        List<String> failures = new ArrayList<>();
        for (String hostPort : standalone.group(1).split(",")) {
            Matcher address = HOST_PORT.matcher(hostPort);
            if (!address.matches() || Integer.parseInt(address.group(2)) > 65535) {
                throw new IllegalArgumentException("Cannot use --master " + master + ": '" + hostPort
                        + "' is not HOST:PORT (spark://HOST:PORT, several masters separated by commas)");
            }
            String failure = unreachable(address.group(1), Integer.parseInt(address.group(2)), timeout);
            if (failure == null) {
                return; // one master of a highly available group answering is enough
            }
            failures.add(failure);
        }
        throw new IllegalArgumentException("Cannot reach the Spark master at " + master + " (" + String.join("; ", failures)
                + "): start it, check the address, or pass --master local[*] to run embedded");
    }

    /** Why the master does not answer on its port within the timeout; null when it does. */
    private static String unreachable(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return null;
        } catch (UnknownHostException e) {
            return host + " is an unknown host";
        } catch (IOException e) {
            InetSocketAddress address = new InetSocketAddress(host, port);
            return address.isUnresolved() ? host + " is an unknown host"
                    : "nothing answers on " + host + ":" + port + " within " + timeout.toSeconds() + " s"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
