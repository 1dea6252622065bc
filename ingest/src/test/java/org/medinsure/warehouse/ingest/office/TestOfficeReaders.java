package org.medinsure.warehouse.ingest.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.Severity;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.parse.DocumentStatus;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import org.medinsure.warehouse.ingest.parse.IngestedFile;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Word and Excel readers against what they are specified to do: every visible sheet read,
 * merged regions expanded, numbers as numbers, formulas by their cached values, hidden sheets and
 * rows skipped and said so; Word tables cell by cell with gridSpan and vMerge expanded, paragraphs
 * as lines; zip bombs and external entities refused or harmless, and never an exception.
 */
class TestOfficeReaders {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final FileIngestor ingestor = new FileIngestor();

    // ---------------------------------------------------------------- Excel

    /**
     * A department budget: 收支总表 (sheet 1), a hidden draft sheet (sheet 2), and the function
     * table 一般公共预算支出表 (sheet 3) in 万元 with a merged header, SUM formulas with cached
     * values, amounts formatted {@code #,##0} (so 160.4 displays as "160") and one hidden row.
     */
    private static byte[] departmentBudget(Workbook workbook) throws IOException {
        CellStyle whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

        Sheet summary = workbook.createSheet("收支总表");
        row(summary, 0, whole, "收支预算总表");
        row(summary, 1, whole, "单位：万元");
        row(summary, 2, whole, "收入", null, "支出", null);
        summary.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
        summary.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
        row(summary, 3, whole, "项目", "预算数", "项目", "预算数");
        row(summary, 4, whole, "一般公共预算拨款收入", 1354.4, "卫生健康支出", 1354.4);
        row(summary, 5, whole, "收入总计", "=SUM(B5)", "支出总计", "=SUM(D5)");

        Sheet draft = workbook.createSheet("底稿");
        row(draft, 0, whole, "一般公共预算支出表（调整前）");
        row(draft, 1, whole, "单位：万元");
        row(draft, 2, whole, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
        row(draft, 3, whole, "2101102", "事业单位医疗", 999, 999, null);
        row(draft, 4, whole, "合计", null, 999, 999, null);
        workbook.setSheetHidden(1, true);

        Sheet table = workbook.createSheet("一般公共预算支出表");
        row(table, 0, whole, "一般公共预算支出表");
        table.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        row(table, 1, whole, "单位：万元");
        row(table, 2, whole, "功能分类科目", null, "合计", "基本支出", "项目支出");
        row(table, 3, whole, "科目编码", "科目名称");
        table.addMergedRegion(new CellRangeAddress(2, 2, 0, 1)); // 功能分类科目 over code and name
        table.addMergedRegion(new CellRangeAddress(2, 3, 2, 2)); // 合计 down over two header rows
        table.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
        table.addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
        row(table, 4, whole, "210", "卫生健康支出", "=SUM(C6,C8)", "=SUM(D6,D8)", "=SUM(E6,E8)");
        row(table, 5, whole, "21011", "行政事业单位医疗", 160.4, 160.4, null);
        row(table, 6, whole, "2101101", "行政单位医疗", 160.4, 160.4, null);
        row(table, 7, whole, "21013", "医疗救助", 1194, null, 1194);
        row(table, 8, whole, "2101301", "城乡医疗救助", 1194, null, 1194);
        row(table, 9, whole, "2101302", "疾病应急救助", 88, null, 88).setZeroHeight(true); // Excel row 10
        row(table, 10, whole, "合计", null, "=SUM(C5)", "=SUM(D5)", "=SUM(E5)");
        table.addMergedRegion(new CellRangeAddress(10, 10, 0, 1));

        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle amountStyle, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell;
            if (values[c] instanceof Number number) {
                cell = row.createCell(c);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(amountStyle);
            } else if (values[c] instanceof String text && text.startsWith("=")) {
                cell = row.createCell(c);
                cell.setCellFormula(text.substring(1));
                cell.setCellStyle(amountStyle);
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return row;
    }

    /** An amount as a plain number, so that 1604000.0 and 1604000 read the same; null stays null. */
    private static String yuan(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static void assertDepartmentBudget(IngestedFile file) {
        List<BudgetLine> coded = file.document().budgetLines().stream()
                .filter(line -> line.functionCode() != null).toList();
        assertThat(coded)
                .extracting(BudgetLine::functionCode, line -> yuan(line.totalYuan()), line -> yuan(line.basicYuan()),
                        line -> yuan(line.projectYuan()))
                .containsExactly(
                        tuple("210", "13544000", "1604000", "11940000"),
                        tuple("21011", "1604000", "1604000", null),
                        tuple("2101101", "1604000", "1604000", null),
                        tuple("21013", "11940000", null, "11940000"),
                        tuple("2101301", "11940000", null, "11940000"));
        // the hidden row and the hidden sheet give nothing
        assertThat(file.document().budgetLines()).extracting(BudgetLine::functionCode)
                .doesNotContain("2101302", "2101102");
        assertThat(file.document().budgetLines()).extracting(BudgetLine::functionName)
                .doesNotContain("疾病应急救助", "事业单位医疗");
        // the 合计 row's SUM formulas, by their cached values
        assertThat(file.document().totals()).filteredOn(total -> total.label().equals("合计"))
                .extracting(total -> yuan(total.amountYuan()))
                .contains("13544000", "1604000", "11940000")
                .doesNotContain("9990000");
        // the summary sheet, the first one, is read as well
        assertThat(file.document().totals()).filteredOn(total -> total.label().contains("总计"))
                .extracting(total -> yuan(total.amountYuan())).contains("13544000");
        // both skips are said
        List<String> skipped = file.document().problems().stream()
                .filter(problem -> problem.check().equals("hidden_skipped")).map(Problem::detail).toList();
        assertThat(skipped).anySatisfy(detail -> assertThat(detail).contains("底稿"));
        assertThat(skipped).anySatisfy(detail -> assertThat(detail).contains("一般公共预算支出表").contains("10"));
    }

    @Test
    void aDepartmentBudgetWorkbookGivesItsLinesInYuanFromNumbersAndCachedFormulas() throws IOException {
        IngestedFile file = ingestor.ingest("某县/2025/部门预算.xlsx", departmentBudget(new XSSFWorkbook()));

        assertThat(file.format()).isEqualTo("xlsx");
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.PARSED);
        assertDepartmentBudget(file);
    }

    @Test
    void aHiddenSheetAndAHiddenRowAreSkippedAndSaidSo() throws IOException {
        byte[] bytes = departmentBudget(new XSSFWorkbook());

        RenderedFile rendered = WorkbookRenderer.render("部门预算.xlsx", bytes);

        String text = rendered.text().joined();
        assertThat(text).doesNotContain("底稿").doesNotContain("调整前").doesNotContain("2101102")
                .doesNotContain("2101302").doesNotContain("疾病应急救助");
        assertThat(rendered.problems()).filteredOn(problem -> problem.check().equals("hidden_skipped"))
                .extracting(Problem::detail)
                .anySatisfy(detail -> assertThat(detail).contains("底稿"))
                .anySatisfy(detail -> assertThat(detail).contains("一般公共预算支出表").contains("10"));
    }

    @Test
    void everyVisibleSheetIsRenderedWithMergedCellsExpandedAndNumbersAsNumbers() throws IOException {
        RenderedFile rendered = WorkbookRenderer.render("部门预算.xlsx", departmentBudget(new XSSFWorkbook()));

        List<SourceLine> lines = rendered.text().lines();
        assertThat(lines).extracting(SourceLine::text).contains("收支总表", "一般公共预算支出表")
                .noneMatch(text -> text.equals("底稿"));
        SourceLine header = lines.stream().filter(line -> line.cells() != null
                && line.cells().size() == 5 && line.cells().get(0).text().equals("功能分类科目")).findFirst().orElseThrow();
        assertThat(header.cells().get(1).isCovered()).isTrue();
        assertThat(header.cells().get(1).mergedText()).isEqualTo("功能分类科目");
        SourceLine below = lines.get(lines.indexOf(header) + 1);
        assertThat(below.cells()).hasSize(5);
        assertThat(below.cells().get(0).text()).isEqualTo("科目编码");
        assertThat(below.cells().get(2).isCovered()).isTrue();
        assertThat(below.cells().get(2).mergedText()).isEqualTo("合计");
        // 160.4 is displayed "160" by its #,##0 format, and 1354.4 "1,354": the reader takes the number
        SourceLine medical = lines.stream().filter(line -> line.text().startsWith("2101101")).findFirst().orElseThrow();
        assertThat(medical.cells().get(2).text()).isEqualTo("160.4");
        SourceLine category = lines.stream().filter(line -> line.text().startsWith("210\t")).findFirst().orElseThrow();
        assertThat(category.cells().get(2).text()).isEqualTo("1354.4"); // the cached value of =SUM(C6,C8)
    }

    /** A function table with no 单位 line whose amounts are formatted {@code 0.00"万元"}. */
    /** A function table whose amounts print their unit through the cell format, and a head count in 人. */
    private static byte[] unitInTheCellFormat(String unit, double amount) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00\"" + unit + "\""));
        CellStyle persons = workbook.createCellStyle();
        persons.setDataFormat(workbook.createDataFormat().getFormat("0\"人\""));
        Sheet sheet = workbook.createSheet("表1");
        row(sheet, 0, money, "一般公共预算支出表");
        row(sheet, 1, money, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
        row(sheet, 2, money, "21011", "行政事业单位医疗", amount, amount, null);
        row(sheet, 3, money, "合计", null, amount, amount, null);
        row(sheet, 5, persons, "参保人数", 21318.0);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMoneyUnitTheAmountsFormatsShowIsTheSheetsUnitLineAndOtherUnitsStayWithTheirFigure() throws IOException {
        RenderedFile rendered = WorkbookRenderer.render("单位在格式里.xlsx", unitInTheCellFormat("万元", 160.4));

        assertThat(rendered.text().lines()).extracting(SourceLine::text).contains("单位：万元");
        SourceLine line = rendered.text().lines().stream().filter(l -> l.text().startsWith("21011")).findFirst()
                .orElseThrow();
        assertThat(line.cells().get(2).text()).isEqualTo("160.4");
        assertThat(rendered.text().lines()).filteredOn(l -> l.text().startsWith("参保人数")).singleElement()
                .satisfies(l -> assertThat(l.cells().get(1).text()).isEqualTo("21318人"));
    }

    @Test
    void aNumberWhoseFormatShowsAUnitIsReadAsAnAmountInThatUnit() throws IOException {
        IngestedFile tenThousands = ingestor.ingest("万元格式.xlsx", unitInTheCellFormat("万元", 160.4));
        IngestedFile yuan = ingestor.ingest("元格式.xlsx", unitInTheCellFormat("元", 1604000));

        for (IngestedFile file : List.of(tenThousands, yuan)) {
            assertThat(file.document().budgetLines()).extracting(BudgetLine::functionCode, l -> yuan(l.totalYuan()))
                    .containsExactly(tuple("21011", "1604000"));
            assertThat(file.document().problems()).extracting(p -> p.check()).doesNotContain("unit_assumed");
        }
    }

    @Test
    void aLegacyXlsWorkbookIsReadTheSameWay() throws IOException {
        IngestedFile file = ingestor.ingest("某县/2025/部门预算.xls", departmentBudget(new HSSFWorkbook()));

        assertThat(file.format()).isEqualTo("xls");
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.PARSED);
        assertDepartmentBudget(file);
    }

    // ---------------------------------------------------------------- Word

    /**
     * A department budget in Word: a title, two narrative sentences, then two tables each after its
     * title paragraph. The first table's header has 功能分类科目 spanning two columns (gridSpan) and
     * 合计/基本支出/项目支出 each merged down over the two header rows (vMerge).
     */
    private static byte[] wordBudget() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("某县医疗保障局2025年部门预算");
        document.createParagraph().createRun().setText("2025年一般公共预算支出1354.40万元。");
        document.createParagraph().createRun().setText("本年支出合计1354.40万元。");

        document.createParagraph().createRun().setText("一般公共预算支出表");
        document.createParagraph().createRun().setText("单位：万元");
        XWPFTable first = document.createTable(8, 5);
        XWPFTableRow top = first.getRow(0);
        set(first, 0, "功能分类科目", "", "合计", "基本支出", "项目支出");
        set(first, 1, "科目编码", "科目名称", "", "", "");
        top.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
        top.removeCell(1);
        for (int c = 1; c <= 3; c++) { // 合计, 基本支出, 项目支出 after the removal
            top.getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            first.getRow(1).getCell(c + 1).getCTTc().addNewTcPr().addNewVMerge();
        }
        set(first, 2, "210", "卫生健康支出", "1354.40", "160.40", "1194.00");
        set(first, 3, "21011", "行政事业单位医疗", "160.40", "160.40", "");
        set(first, 4, "2101101", "行政单位医疗", "160.40", "160.40", "");
        set(first, 5, "21013", "医疗救助", "1194.00", "", "1194.00");
        set(first, 6, "2101301", "城乡医疗救助", "1194.00", "", "1194.00");
        set(first, 7, "合计", "", "1354.40", "160.40", "1194.00");

        document.createParagraph().createRun().setText("政府性基金预算支出表");
        document.createParagraph().createRun().setText("单位：万元");
        XWPFTable second = document.createTable(5, 5);
        set(second, 0, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
        set(second, 1, "229", "其他支出", "20.00", "", "20.00");
        set(second, 2, "22960", "彩票公益金安排的支出", "20.00", "", "20.00");
        set(second, 3, "2296002", "用于社会福利的彩票公益金支出", "20.00", "", "20.00");
        set(second, 4, "合计", "", "20.00", "", "20.00");

        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void set(XWPFTable table, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            table.getRow(row).getCell(c).setText(texts[c]);
        }
    }

    @Test
    void aWordBudgetGivesTheLinesAndTotalsOfBothTables() throws IOException {
        IngestedFile file = ingestor.ingest("某县/2025/部门预算.docx", wordBudget());

        assertThat(file.format()).isEqualTo("docx");
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.PARSED);
        assertThat(file.document().budgetLines())
                .extracting(BudgetLine::functionCode, line -> yuan(line.totalYuan()), line -> yuan(line.basicYuan()),
                        line -> yuan(line.projectYuan()))
                .containsExactly(
                        tuple("210", "13544000", "1604000", "11940000"),
                        tuple("21011", "1604000", "1604000", null),
                        tuple("2101101", "1604000", "1604000", null),
                        tuple("21013", "11940000", null, "11940000"),
                        tuple("2101301", "11940000", null, "11940000"),
                        tuple("229", "200000", null, "200000"),
                        tuple("22960", "200000", null, "200000"),
                        tuple("2296002", "200000", null, "200000"));
        assertThat(file.document().budgetLines().stream().map(BudgetLine::tableName).distinct()).hasSize(2);
        assertThat(file.document().totals()).filteredOn(total -> total.label().equals("合计"))
                .extracting(total -> yuan(total.amountYuan())).contains("13544000", "200000");
        assertThat(file.document().totals().stream().filter(total -> total.label().equals("合计"))
                .map(TableTotal::tableName).distinct()).hasSize(2);
        // the narrative paragraph before the tables is read as a line of text: its stated total is found
        assertThat(file.document().statedTotals()).extracting(StatedTotal::label, total -> yuan(total.amountYuan()))
                .contains(tuple("本年支出合计", "13544000"));
    }

    @Test
    void factsOfAWordBudgetCarryTheLineTheyWereReadFrom() throws IOException {
        byte[] bytes = wordBudget();
        IngestedFile file = ingestor.ingest("部门预算.docx", bytes);
        RenderedFile rendered = WordRenderer.render("部门预算.docx", bytes, false);

        assertThat(file.document().budgetLines()).isNotEmpty().allSatisfy(line -> {
            int rendered1 = renderedLineStartingWith(rendered, line.functionCode() + "\t");
            assertThat(line.sourceLine()).as("line of %s", line.functionCode())
                    .isEqualTo(rendered.text().origins().sourceLine(rendered1));
        });
        int narrative = renderedLineStartingWith(rendered, "本年支出合计");
        assertThat(file.document().statedTotals()).extracting(StatedTotal::sourceLine)
                .contains(rendered.text().origins().sourceLine(narrative));
        assertThat(file.document().totals()).isNotEmpty()
                .allSatisfy(total -> assertThat(total.sourceLine()).isBetween(1, (int) file.lineCount()));
    }

    private static int renderedLineStartingWith(RenderedFile rendered, String prefix) {
        return rendered.text().lines().stream().filter(line -> line.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no rendered line starts with " + prefix)).number();
    }

    @Test
    void wordTablesAreReadCellByCellWithGridSpanExpandedAndParagraphsAsLines() throws IOException {
        RenderedFile rendered = WordRenderer.render("部门预算.docx", wordBudget(), false);

        List<SourceLine> lines = rendered.text().lines();
        List<String> texts = lines.stream().map(SourceLine::text).toList();
        int title = texts.indexOf("某县医疗保障局2025年部门预算");
        int narrative = texts.indexOf("2025年一般公共预算支出1354.40万元。");
        int firstTitle = texts.indexOf("一般公共预算支出表");
        int secondTitle = texts.indexOf("政府性基金预算支出表");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).cells() != null && lines.get(i).cells().get(0).text().equals("功能分类科目")) {
                header = i;
                break;
            }
        }
        int lastOfFirst = texts.indexOf("合计\t\t1354.40\t160.40\t1194.00");
        assertThat(List.of(title, narrative, firstTitle, header, lastOfFirst, secondTitle))
                .doesNotContain(-1).isSorted();
        assertThat(lines.get(narrative).cells()).isNull();

        List<org.medinsure.warehouse.ingest.layout.Cell> top = lines.get(header).cells();
        assertThat(top).hasSize(5);
        assertThat(top.get(0).colSpan()).isEqualTo(2);
        assertThat(top.get(1).isCovered()).isTrue();
        assertThat(top.get(1).mergedText()).isEqualTo("功能分类科目");
        assertThat(top.get(2).text()).isEqualTo("合计");
        List<org.medinsure.warehouse.ingest.layout.Cell> below = lines.get(header + 1).cells();
        assertThat(below).hasSize(5);
        assertThat(below.get(0).text()).isEqualTo("科目编码");
        assertThat(below.get(1).text()).isEqualTo("科目名称");
        assertThat(lines.get(header + 2).cells()).extracting(org.medinsure.warehouse.ingest.layout.Cell::text)
                .containsExactly("210", "卫生健康支出", "1354.40", "160.40", "1194.00");
    }

    @Test
    void aVerticalMergeAfterAColumnSpanningCellCoversTheCellBelowIt() throws IOException {
        RenderedFile rendered = WordRenderer.render("部门预算.docx", wordBudget(), false);

        List<SourceLine> lines = rendered.text().lines();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).cells() != null && lines.get(i).cells().get(0).text().equals("功能分类科目")) {
                header = i;
                break;
            }
        }
        assertThat(header).isNotNegative();
        assertThat(lines.get(header).cells().get(2).rowSpan()).isEqualTo(2);
        List<org.medinsure.warehouse.ingest.layout.Cell> below = lines.get(header + 1).cells();
        assertThat(below).hasSize(5);
        assertThat(below.get(0).text()).isEqualTo("科目编码");
        assertThat(below.get(1).text()).isEqualTo("科目名称");
        assertThat(below).element(2).satisfies(cell -> {
            assertThat(cell.isCovered()).isTrue();
            assertThat(cell.mergedText()).isEqualTo("合计");
        });
        assertThat(below).element(3).satisfies(cell -> {
            assertThat(cell.isCovered()).isTrue();
            assertThat(cell.mergedText()).isEqualTo("基本支出");
        });
        assertThat(below.get(4).mergedText()).isEqualTo("项目支出");
    }

    // ---------------------------------------------------------------- safety

    @Test
    void aZipBombIsRefusedWithAProblemAndNotInflated() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = zipped.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20); // 50 MB inflate from well under 1 MB

        IngestedFile file = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ingestor.ingest("某县/炸弹.xlsx", bomb));

        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(file.document().budgetLines()).isEmpty();
        // refused for what it is (its inflation ratio), not after inflating it and failing on the zeros
        assertThat(file.document().problems()).filteredOn(problem -> problem.severity() == Severity.ERROR)
                .anySatisfy(problem -> assertThat(problem.detail()).contains("炸弹.xlsx")
                        .containsPattern("(?i)zip bomb|ratio|inflat|compress"));
    }

    @Test
    void aWordFileDeclaringAnExternalEntityNeverReadsIt() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd) && Files.readString(passwd).contains("root:"),
                "needs a readable /etc/passwd holding root: for the entity to point at");
        byte[] docx = xxeDocx();

        IngestedFile[] ingested = new IngestedFile[1];
        assertThatCode(() -> ingested[0] = ingestor.ingest("某县/实体.docx", docx)).doesNotThrowAnyException();
        IngestedFile file = ingested[0];

        assertThat(file).isNotNull();
        assertThat(file.toString()).doesNotContain("root:").doesNotContain("/bin/");
        DocumentStatus status = DocumentStatus.of(file.document());
        assertThat(status).isNotNull();
        if (status == DocumentStatus.REJECTED) {
            assertThat(file.document().problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.detail()).doesNotContain("root:"));
        }
        RenderedFile rendered = WordRenderer.render("实体.docx", docx, false);
        assertThat(rendered.unreadable() ? rendered.problems().toString() : rendered.text().joined())
                .doesNotContain("root:");
    }

    /** A minimal .docx whose document.xml declares {@code &x;} as /etc/passwd and uses it. */
    private static byte[] xxeDocx() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>"
                    + "<w:p><w:r><w:t>某县医疗保障局2025年部门预算</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>前文&x;后文</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
        }
        return zipped.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
