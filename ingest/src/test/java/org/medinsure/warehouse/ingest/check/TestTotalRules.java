package org.medinsure.warehouse.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.model.CheckResult;
import org.medinsure.warehouse.ingest.parse.DocumentParser;

/**
 * The checks a supervisor does across a department budget's tables: basic expenditure is personnel
 * plus public funds, the 三公 total is its three parts, and the summary tables' expenditure totals
 * agree. On a budget written here whose 三公 table does not add up (0 + 2.00 + 9.00 printed as 12.00).
 */
class TestTotalRules {
    private static final String BUDGET = String.join("\n",
            "某县医疗保障局2026年部门预算",
            "部门收支预算总表",
            "单位：万元",
            "收入\t\t支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、一般公共预算拨款收入\t1354.40\t一、卫生健康支出\t1354.40",
            "收入总计\t1354.40\t支出总计\t1354.40",
            "部门支出预算总表",
            "单位：万元",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "\t合计\t1354.40\t160.40\t1194.00",
            "210\t卫生健康支出\t1354.40\t160.40\t1194.00",
            "一般公共预算基本支出经济分类预算表",
            "单位：万元",
            "编码\t经济分类科目名称\t合计\t人员经费\t公用经费",
            "\t合计\t160.40\t140.00\t20.40",
            "301\t工资福利支出\t140.00\t140.00\t",
            "302\t商品和服务支出\t20.40\t\t20.40",
            "“三公”经费预算表",
            "单位：万元",
            "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费",
            "12.00\t0.00\t2.00\t9.00",
            "");

    @TempDir
    Path folder;

    private static List<CheckResult> results(IngestKnowledge knowledge, String check) {
        return DocumentChecks.load(knowledge).run(new DocumentParser().parse("budget.txt", BUDGET)).stream()
                .filter(result -> result.check().equals(check)).toList();
    }

    @Test
    void personnelPlusPublicFundsMakeTheBasicExpenditureTheTablePrints() {
        assertThat(results(IngestKnowledge.bundled(), "basic_parts")).singleElement().satisfies(result -> {
            assertThat(result.passed()).isTrue();
            assertThat(result.expected()).isEqualByComparingTo("1604000");
            assertThat(result.found()).isEqualByComparingTo("1604000");
            assertThat(result.scope()).contains("人员经费", "公用经费");
            assertThat(result.sourceLine()).isEqualTo(16);
        });
    }

    @Test
    void aThreePublicExpensesTotalThatIsNotItsPartsFails() {
        assertThat(results(IngestKnowledge.bundled(), "three_public_parts")).singleElement().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.expected()).isEqualByComparingTo("110000");
            assertThat(result.found()).isEqualByComparingTo("120000");
        });
    }

    @Test
    void theExpenditureTotalsOfTheSummaryTablesAgree() {
        assertThat(results(IngestKnowledge.bundled(), "expenditure_totals_agree")).singleElement().satisfies(result -> {
            assertThat(result.passed()).isTrue();
            assertThat(result.scope()).contains("部门支出预算总表", "部门收支预算总表");
            assertThat(result.found()).isEqualByComparingTo("13544000");
        });
    }

    @Test
    void aUserRuleFileRestatesACheckForItsBureausColumns() throws IOException {
        // a bureau that prints 公务用车 as one 车辆费 column: without the user's row the part is not found
        String budget = BUDGET.replace("公务用车购置及运行费", "车辆费");
        assertThat(DocumentChecks.load(IngestKnowledge.bundled()).run(new DocumentParser().parse("b.txt", budget)))
                .noneMatch(result -> result.check().equals("three_public_parts"));
        Files.writeString(folder.resolve("check-rules.csv"), "check,role,title_contains,title_excludes,side,leaves\n"
                + "three_public_parts,part,三公,,,因公出国（境）费\n" + "three_public_parts,part,三公,,,公务接待费\n"
                + "three_public_parts,part,三公,,,车辆费\n" + "three_public_parts,whole_in_table,三公,,,合计\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("budget-labels.csv"), "kind,label,value\ncolumn,车辆费,other\nheadline,车辆费,\n",
                StandardCharsets.UTF_8);

        List<CheckResult> results = DocumentChecks.load(IngestKnowledge.withUserFolder(folder))
                .run(new DocumentParser(IngestKnowledge.withUserFolder(folder)).parse("b.txt", budget));

        assertThat(results).filteredOn(result -> result.check().equals("three_public_parts")).singleElement()
                .satisfies(result -> assertThat(result.scope()).contains("车辆费"));
    }
}
