package org.medinsure.warehouse.ingest.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.parse.DocumentStatus;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.parse.IngestedFile;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word and Excel files made here with POI, the way bureaus' templates are built: merged headers,
 * merged 一级/二级 cells, several sheets, numbers stored as numbers, formulas with cached values.
 */
class TestOfficeFiles {
    private final FileIngestor ingestor = new FileIngestor();

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (values[c] instanceof String text && text.startsWith("=")) {
                row.createCell(c).setCellFormula(text.substring(1));
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    @Test
    void aWorkbookBudgetTableIsReadFromItsNumbersAndMergedHeader() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet hidden = workbook.createSheet("底稿");
        row(hidden, 0, "不公开的计算表", 1);
        workbook.setSheetHidden(0, true);
        Sheet sheet = workbook.createSheet("表3");
        row(sheet, 0, "一般公共预算支出表");
        row(sheet, 1, "单位：万元");
        row(sheet, 2, "科目编码", "科目名称", "本年支出", null, null);
        row(sheet, 3, null, null, "合计", "基本支出", "项目支出");
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 4)); // 本年支出 over its three columns
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        row(sheet, 4, "210", "卫生健康支出", "=D5+E5", 160.4, 1194);
        row(sheet, 5, "21011", "行政事业单位医疗", "=D6+E6", 160.4, null);
        row(sheet, 6, "21013", "医疗救助", "=D7+E7", null, 1194);
        row(sheet, 7, "合计", null, "=C5", "=D5", "=E5");
        sheet.addMergedRegion(new CellRangeAddress(7, 7, 0, 1)); // 合计 across the code and name columns
        Row draft = sheet.createRow(8);
        draft.createCell(1).setCellValue("草稿行");
        draft.setZeroHeight(true);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        IngestedFile file = ingestor.ingest("沁县/2025/部门预算.xlsx", bytes(workbook));

        assertThat(file.format()).isEqualTo("xlsx");
        assertThat(file.document().budgetLines())
                .extracting(BudgetLine::functionCode, BudgetLine::totalYuan, BudgetLine::basicYuan, BudgetLine::projectYuan)
                .containsExactly(tuple("210", new BigDecimal("13544000.0"), new BigDecimal("1604000.0"),
                                new BigDecimal("11940000")),
                        tuple("21011", new BigDecimal("1604000.0"), new BigDecimal("1604000.0"), null),
                        tuple("21013", new BigDecimal("11940000"), null, new BigDecimal("11940000")));
        assertThat(file.document().totals()).extracting(TableTotal::column)
                .contains("本年支出-合计", "本年支出-基本支出", "本年支出-项目支出");
        assertThat(file.document().problems()).extracting(Problem::check).contains("hidden_skipped")
                .doesNotContain("unsupported_format");
        assertThat(file.document().problems()).filteredOn(problem -> problem.check().equals("hidden_skipped"))
                .extracting(Problem::detail).anySatisfy(detail -> assertThat(detail).contains("底稿"))
                .anySatisfy(detail -> assertThat(detail).contains("rows [9]"));
    }

    @Test
    void aWordDeclarationFormIsReadWithItsMergedCells() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("某县医疗保障局项目支出绩效目标申报表");
        XWPFTable header = document.createTable(2, 4);
        set(header, 0, "项目名称", "城乡医疗救助", "主管部门", "某县医疗保障局");
        set(header, 1, "年度资金总额（万元）", "310", "实施单位", "某县医疗保障事务中心");
        XWPFTable table = document.createTable(4, 4);
        set(table, 0, "一级指标", "二级指标", "三级指标", "指标值");
        set(table, 1, "产出指标", "数量指标", "医疗救助人次", "≥3000人次");
        set(table, 2, "", "质量指标", "救助政策落实率", "100%");
        set(table, 3, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%");
        // 产出指标 merged down over its two rows, as templates print it once
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();

        IngestedFile file = ingestor.ingest("某县/项目申报.docx", bytes(document));

        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.PARSED);
        ProjectForm form = file.document().projects().get(0);
        assertThat(form.projectName()).isEqualTo("城乡医疗救助");
        assertThat(form.department()).isEqualTo("某县医疗保障局");
        assertThat(form.budgetYuan()).isEqualByComparingTo("3100000");
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name, Indicator::valueRaw)
                .containsExactly(tuple("产出指标", "数量指标", "医疗救助人次", "≥3000人次"),
                        tuple("产出指标", "质量指标", "救助政策落实率", "100%"),
                        tuple("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"));
    }

    @Test
    void aCellSpanningColumnsKeepsTheColumnsOfTheRowsBelow() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = document.createTable(2, 3);
        set(table, 0, "项目资金", "", "");
        set(table, 1, "年初预算数", "全年预算数", "全年执行数");
        XWPFTableCell spanning = table.getRow(0).getCell(0);
        spanning.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
        table.getRow(0).removeCell(2);
        table.getRow(0).removeCell(1);

        RenderedFile rendered = WordRenderer.render("span.docx", bytes(document), false);

        var first = rendered.text().line(1).cells();
        assertThat(first).hasSize(3);
        assertThat(first.get(0).colSpan()).isEqualTo(3);
        assertThat(first.get(2).isCovered()).isTrue();
        assertThat(first.get(2).mergedText()).isEqualTo("项目资金");
    }

    @Test
    void aFileThatIsNoWorkbookIsRejectedWithItsReason() {
        IngestedFile file = ingestor.ingest("broken.xlsx", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(file.document().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo("unreadable_office_file");
            assertThat(problem.detail()).contains("broken.xlsx");
        });
    }

    private static void set(XWPFTable table, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            table.getRow(row).getCell(c).setText(texts[c]);
        }
    }
}
