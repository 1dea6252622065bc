package org.medinsure.warehouse.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The county-level divisions a corpus is generated for, read from the region table
 * ({@code code,county,prefecture_code,prefecture,province_code,province}, {@code #} comments).
 */
public final class CountyTable {
    private CountyTable() {
    }

    public static List<County> read(Reader source) throws IOException {
        Objects.requireNonNull(source, "source is null");
        List<County> counties = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        boolean header = true;
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 6) {
                throw new IOException("region table line " + number + ": expected 6 cells, found " + cells.length
                        + ": " + line);
            }
            counties.add(new County(cells[0], cells[1], cells[3].isEmpty() ? null : cells[3], cells[5]));
        }
        return List.copyOf(counties);
    }
}
