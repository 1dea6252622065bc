package org.medinsure.warehouse.ingest.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.parse.DocumentParser;

/**
 * Knowledge as data: a folder holding files named like the bundled vocabularies extends them, so a
 * county's new wording is read without a code change. Each test first shows the bundled words miss
 * the document, then that one user row makes it readable.
 */
class TestIngestKnowledgeUserFolder {
    /** A declaration whose name label (项目全称) no bundled row lists. */
    private static final String FORM = String.join("\n",
            "项目支出绩效目标表",
            "项目全称\t长期护理保险试点经费",
            "主管部门\t青溪县医疗保障局",
            "年度资金总额（万元）\t18.6",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t失能人员评估人次\t≥400人次",
            "满意度指标\t服务对象满意度指标\t失能家庭满意度\t≥90%",
            "");

    /** An allocation table whose region column is headed 乡镇（街道）, a word no bundled row lists. */
    private static final String ALLOCATION = String.join("\n",
            "关于下达2024年医疗救助资金的通知",
            "该资金列入支出科目2101301城乡医疗救助。",
            "",
            "2024年医疗救助资金分配表",
            "单位：万元",
            "乡镇（街道）\t分配金额",
            "城关镇\t12.5",
            "河西乡\t8",
            "合计\t20.5",
            "");

    @TempDir
    Path folder;

    private void write(String name, String... rows) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    private ParsedDocument parseWithUserFolder(String name, String text) {
        return new DocumentParser(IngestKnowledge.withUserFolder(folder)).parse(name, text);
    }

    @Test
    void aUserSynonymForTheProjectNameLabelMakesTheFormReadable() throws IOException {
        ParsedDocument bundled = new DocumentParser().parse("form.txt", FORM);
        assertThat(bundled.projects()).singleElement().satisfies(form -> assertThat(form.projectName()).isNull());
        assertThat(bundled.problems()).extracting(Problem::check).contains("project_name_missing");

        write("form-labels.csv", "# version: county-1", "kind,label,target,rank,extra", "field,项目全称,project_name,1,");
        ParsedDocument extended = parseWithUserFolder("form.txt", FORM);

        assertThat(extended.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("长期护理保险试点经费");
            assertThat(form.department()).isEqualTo("青溪县医疗保障局");
            assertThat(form.budgetYuan()).isEqualByComparingTo("186000");
            assertThat(form.indicators()).hasSize(2);
        });
        assertThat(extended.problems()).extracting(Problem::check).doesNotContain("project_name_missing");
    }

    @Test
    void aUserRegionHeaderMakesAnAllocationTableReadable() throws IOException {
        ParsedDocument bundled = new DocumentParser().parse("notice.txt", ALLOCATION);
        assertThat(bundled.budgetLines()).isEmpty();
        assertThat(bundled.problems()).extracting(Problem::check).contains("allocation_unreadable");

        write("budget-labels.csv", "kind,label,value", "allocation_region,乡镇,");
        ParsedDocument extended = parseWithUserFolder("notice.txt", ALLOCATION);

        assertThat(extended.budgetLines()).extracting(BudgetLine::regionName).containsExactly("城关镇", "河西乡");
        assertThat(extended.budgetLines()).extracting(BudgetLine::totalYuan)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("125000"), new BigDecimal("80000"));
        assertThat(extended.budgetLines()).extracting(BudgetLine::functionCode).containsOnly("2101301");
    }

    @Test
    void aUserBureauNameNamesThePublisher() throws IOException {
        String text = "青溪县医疗保障分局2024年度项目支出绩效目标表\n项目名称\t医保经办工作经费\n";
        assertThat(new DocumentParser().parse("form.txt", text).profile().department()).isNull();

        write("document-types.csv", "kind,label,target,rank", "bureau,医疗保障分局,,1");

        assertThat(parseWithUserFolder("form.txt", text).profile().department()).isEqualTo("青溪县医疗保障分局");
    }

    @Test
    void theUserFilesVersionIsListedBesideTheBundledOnes() throws IOException {
        write("form-labels.csv", "# version: county-1", "kind,label,target,rank,extra", "field,项目全称,project_name,1,");

        assertThat(IngestKnowledge.withUserFolder(folder).versions())
                .containsEntry("--config form-labels.csv", "county-1")
                .containsKeys("/vocabulary/form-labels.csv", "/vocabulary/budget-labels.csv",
                        "/vocabulary/document-types.csv");
    }

    @Test
    void aFolderThatIsNotAFolderIsRefused() throws IOException {
        Path file = folder.resolve("form-labels.csv");
        Files.writeString(file, "kind,label,target,rank,extra\n");

        assertThatThrownBy(() -> IngestKnowledge.withUserFolder(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot read the knowledge folder").hasMessageContaining("form-labels.csv");
    }
}
