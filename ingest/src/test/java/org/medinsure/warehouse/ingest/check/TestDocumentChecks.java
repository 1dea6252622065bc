package org.medinsure.warehouse.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.model.CheckResult;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.parse.DocumentParser;

/** The reconciliations a supervisor does by hand, on a budget table written here. */
class TestDocumentChecks {
    /** 210 = 21011 + 21013; 21013 prints 310 over its one 项 of 300; the narrative states the total. */
    private static final String BUDGET = String.join("\n",
            "某县医疗保障局2025年部门预算",
            "2025年一般公共预算支出预算1354.40万元。",
            "一般公共预算支出表",
            "单位：万元",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "\t合计\t1354.40\t160.40\t1194.00",
            "210\t卫生健康支出\t1354.40\t160.40\t1194.00",
            "21011\t行政事业单位医疗\t160.40\t160.40\t",
            "2101101\t行政单位医疗\t160.40\t160.40\t",
            "21013\t医疗救助\t1194.00\t\t1194.00",
            "2101301\t城乡医疗救助\t1184.00\t\t1184.00",
            "");

    @TempDir
    Path folder;

    private static ParsedDocument parsed() {
        return new DocumentParser().parse("budget.txt", BUDGET);
    }

    @Test
    void everyRuleIsRunAndAPrintedParentThatIsNotItsChildrensSumFails() {
        List<CheckResult> results = DocumentChecks.load(IngestKnowledge.bundled()).run(parsed());

        assertThat(results).extracting(CheckResult::check).contains("children_sum", "table_total", "basic_plus_project");
        assertThat(results).filteredOn(result -> !result.passed())
                .extracting(CheckResult::check, CheckResult::scope)
                .containsExactly(tuple("children_sum", "一般公共预算支出表 21013 医疗救助 total"),
                        tuple("children_sum", "一般公共预算支出表 21013 医疗救助 project"));
        CheckResult failed = results.stream().filter(result -> !result.passed()).findFirst().orElseThrow();
        assertThat(failed.expected()).isEqualByComparingTo("11840000");
        assertThat(failed.found()).isEqualByComparingTo("11940000");
        // the parents that do add up pass, and so does the table's total against its 类 line
        assertThat(results).filteredOn(result -> result.check().equals("table_total"))
                .singleElement().satisfies(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void aUserFileTurnsARuleOffAndLoosensAnother() throws IOException {
        Files.writeString(folder.resolve("checks.csv"), "check,enabled,tolerance_yuan,description\n"
                + "basic_plus_project,no,100,\nchildren_sum,yes,200000,loose\n", StandardCharsets.UTF_8);

        List<CheckResult> results = DocumentChecks.load(IngestKnowledge.withUserFolder(folder)).run(parsed());

        assertThat(results).extracting(CheckResult::check).doesNotContain("basic_plus_project");
        assertThat(results).allSatisfy(result -> assertThat(result.passed()).isTrue());
    }
}
