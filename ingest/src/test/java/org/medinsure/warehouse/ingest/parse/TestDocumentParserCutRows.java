package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;

/**
 * A download cut inside a table row whose layout keeps empty cells (tabs, pipes): the row ends
 * early, its figures may be cut mid-number, so it is dropped with a truncated problem.
 */
class TestDocumentParserCutRows {
    private final DocumentParser parser = new DocumentParser();

    @Test
    void anAllocationTableCutInsideItsLastRowDropsThatRow() {
        String text = String.join("\n",
                "关于下达2024年城乡医疗救助补助资金的通知",
                "支出列“2101301城乡医疗救助”。",
                "2024年城乡医疗救助补助资金分配表",
                "单位：万元",
                "县（市、区）\t分配金额\t已提前下达\t本次下达",
                "北溪县\t520\t330\t190",
                "南岭县\t41");
        ParsedDocument d = parser.parse("cut.txt", text);
        assertThat(d.problems()).extracting(Problem::check).contains("truncated");
        assertThat(d.budgetLines()).extracting(BudgetLine::regionName).containsExactly("北溪县");
        assertThat(d.profile().docType()).isEqualTo(DocumentType.ALLOCATION);
    }

    @Test
    void aSummaryCutInsideItsLastRowDropsThatRow() {
        String text = String.join("\n",
                "部门绩效自评结果汇总表",
                "单位：万元",
                "项目名称\t预算数\t执行数\t执行率",
                "医疗救助资金\t812.4\t776.3\t95.56%",
                "医保经办工作经费\t45");
        ParsedDocument d = parser.parse("cut.txt", text);
        assertThat(d.problems()).extracting(Problem::check).contains("truncated");
        assertThat(d.projects()).extracting(ProjectForm::projectName).containsExactly("医疗救助资金");
    }

    @Test
    void aLastRowWithItsEmptyCellsKeptIsNotACut() {
        String text = String.join("\n",
                "部门绩效自评结果汇总表",
                "单位：万元",
                "项目名称\t预算数\t执行数\t执行率",
                "医疗救助资金\t812.4\t776.3\t95.56%",
                "医保经办工作经费\t45\t\t");
        ParsedDocument d = parser.parse("whole.txt", text);
        assertThat(d.problems()).extracting(Problem::check).doesNotContain("truncated");
        assertThat(d.projects()).extracting(ProjectForm::projectName).containsExactly("医疗救助资金", "医保经办工作经费");
    }

    @Test
    void aLastTotalRowWhoseLabelSpansTwoColumnsIsNotACutAndKeepsItsColumns() {
        // 合计 merged over 序号 and 项目名称 prints one cell: the row is one cell short, with every figure
        String text = String.join("\n",
                "某县医疗保障局2023年度项目支出绩效自评结果汇总表",
                "单位：万元",
                "序号\t项目名称\t年度预算数\t执行数\t执行率\t自评得分",
                "1\t医疗救助资金\t812.40\t776.30\t95.56%\t93",
                "2\t医保经办工作经费\t45.00\t38.25\t85.00%\t90",
                "合计\t857.40\t814.55\t95.00%\t");
        ParsedDocument d = parser.parse("whole.txt", text);
        assertThat(d.problems()).extracting(Problem::check).doesNotContain("truncated");
        assertThat(d.totals()).extracting(total -> total.column() + " " + total.amountYuan().stripTrailingZeros().toPlainString())
                .containsExactly("年度预算数 8574000", "执行数 8145500");
    }
}
