package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medinsure.warehouse.exports.WarehouseConnections;

/**
 * The names and phone numbers of the staff who filled the seed forms must not reach anything a
 * researcher or a dashboard reads: the published database and the exports. They are found in the
 * seeds themselves, next to their labels, so the test follows the documents, not a fixed list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SeedWarehouse.Extension.class)
class PersonalDataTest {
    private static final Pattern NAME = Pattern.compile(
            "(?:联系人|填报人|负责人签字|负责人及电话|负责人)[ \\t:：]*([\\u4e00-\\u9fa5]{2,3})(?![\\u4e00-\\u9fa5])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])(0\\d{2,3}-\\d{7,8}|1[3-9]\\d{9})(?![\\d.])|电话[ \\t:：]*(\\d{7,8})(?!\\d)");

    private SeedWarehouse seeds;
    private final Set<String> personalData = new TreeSet<>();

    @BeforeAll
    void collectPersonalDataFromTheSeeds(SeedWarehouse seeds) throws Exception {
        this.seeds = seeds;
        try (Stream<Path> files = Files.list(seeds.shared().resolve("seeds"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher names = NAME.matcher(text);
                while (names.find()) {
                    personalData.add(names.group(1));
                }
                Matcher phones = PHONE.matcher(text);
                while (phones.find()) {
                    personalData.add(phones.group(1) != null ? phones.group(1) : phones.group(2));
                }
            }
        }
        // the seeds name at least these people: the extraction above must keep finding them
        assertThat(personalData).contains("徐光伟", "0635-6026305", "13973292327", "杨雯雯", "丁铁它");
    }

    @Test
    void noPublishedTableHoldsAFormFillersNameOrPhone() throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Connection connection = WarehouseConnections.readOnly(seeds.database());
             Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT table_name, column_name FROM duckdb_columns() "
                    + "WHERE NOT internal AND data_type LIKE 'VARCHAR%'")) {
                while (result.next()) {
                    columns.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            assertThat(columns).isNotEmpty();
            for (String[] column : columns) {
                for (String value : personalData) {
                    try (ResultSet hits = statement.executeQuery("SELECT count(*) FROM \"" + column[0] + "\" WHERE \""
                            + column[1] + "\"::VARCHAR LIKE '%" + value + "%'")) {
                        hits.next();
                        if (hits.getLong(1) > 0) {
                            leaks.add(column[0] + "." + column[1] + " holds " + value);
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theSearchFindsTextThatIsThere() throws Exception {
        // control: the same LIKE search on a value the warehouse does hold
        try (Connection connection = WarehouseConnections.readOnly(seeds.database());
             Statement statement = connection.createStatement();
             ResultSet hits = statement.executeQuery("SELECT count(*) FROM \"projects\" WHERE \"implementing_unit\"::VARCHAR "
                     + "LIKE '%阳谷县医疗保障局%'")) {
            hits.next();
            assertThat(hits.getLong(1)).isPositive();
        }
    }

    @Test
    void noExportHoldsAFormFillersNameOrPhone() throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.output().resolve("exports"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv") || path.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                personalData.stream().filter(text::contains).forEach(value -> leaks.add(file.getFileName() + " holds " + value));
            }
        }
        assertThat(leaks).isEmpty();
    }
}
