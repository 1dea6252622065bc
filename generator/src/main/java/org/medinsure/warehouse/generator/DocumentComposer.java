package org.medinsure.warehouse.generator;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.generator.Block.Cell;
import org.medinsure.warehouse.generator.Block.Grid;
import org.medinsure.warehouse.generator.Block.Paragraph;

/**
 * Composes the documents a bureau publishes for a year: a declaration of its programmes every
 * year; often a department budget, final accounts with execution statements, a self-evaluation.
 * Figures agree across them: a programme's declared amount is its budget line, its final-accounts
 * line and its self-evaluation's 全年预算数.
 */
final class DocumentComposer {
    /** Share of self-evaluations that open with a summary table of their projects. */
    static final double SUMMARY_RATE = 0.3;

    private final long seed;
    private final Classification classification;

    DocumentComposer(long seed, Classification classification) {
        this.seed = seed;
        this.classification = classification;
    }

    List<GeneratedDocument> compose(CountyYear year) {
        Dice dice = Dice.of(seed, "documents", year.county().code(), year.year());
        List<GeneratedDocument> documents = new ArrayList<>();
        documents.add(declaration(year, Dice.of(seed, "declaration", year.county().code(), year.year())));
        if (dice.chance(0.7)) {
            documents.add(budget(year, Dice.of(seed, "budget", year.county().code(), year.year())));
        }
        if (dice.chance(0.6)) {
            documents.add(finalAccounts(year, Dice.of(seed, "final", year.county().code(), year.year())));
        }
        if (dice.chance(0.5)) {
            documents.add(selfEvaluation(year, Dice.of(seed, "self-evaluation", year.county().code(), year.year())));
        }
        return documents;
    }

    private GeneratedDocument declaration(CountyYear year, Dice dice) {
        String title = year.department() + year.year() + "年度" + DocType.DECLARATION.title();
        List<Block> blocks = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        blocks.add(new Paragraph(title));
        boolean repeatLevels = dice.chance(0.4);
        int index = 0;
        for (ProjectForm form : year.declarations()) {
            blocks.add(new Paragraph("表" + (++index) + " " + year.year() + "年项目支出绩效目标表"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.of("项目名称"), new Cell(form.name(), 3)));
            rows.add(List.of(Cell.of("主管部门"), Cell.of(year.department()), Cell.of("实施单位"), Cell.of(form.implementingUnit())));
            rows.add(List.of(Cell.of("年度资金总额（万元）"), Cell.of(Money.plain(form.budgetWan())),
                    Cell.of("其中：财政拨款（万元）"), Cell.of(Money.plain(form.budgetWan()))));
            rows.add(List.of(Cell.of("年度绩效目标"), new Cell(goal(form), 3)));
            rows.add(List.of(Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"), Cell.of("指标值")));
            indicatorRows(form.indicators(), repeatLevels, false, rows);
            blocks.add(new Grid(rows, 4, 4));
            ends.add(blocks.size() - 1);
        }
        residue(blocks, dice);
        return new GeneratedDocument(year, DocType.DECLARATION, title, blocks, year.declarations(), ends, List.of(), List.of());
    }

    private GeneratedDocument selfEvaluation(CountyYear year, Dice dice) {
        String title = year.department() + year.year() + "年度" + DocType.SELF_EVALUATION.title();
        boolean repeatLevels = dice.chance(0.4);
        List<ProjectForm> evaluated = new ArrayList<>();
        for (ProjectForm declared : year.declarations()) {
            double rate = year.executionRates().get(declared.programme());
            double executed = Money.round2(declared.budgetWan() * rate);
            List<Indicator> indicators = declared.indicators().stream()
                    .map(indicator -> indicator.withActual(actual(indicator, rate, dice))).toList();
            evaluated.add(new ProjectForm(declared.programme(), declared.name(), declared.implementingUnit(),
                    declared.budgetWan(), declared.beneficiaries(), declared.satisfactionComparator(),
                    declared.satisfactionPct(), indicators, executed));
        }
        List<Block> blocks = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<ProjectForm> forms = new ArrayList<>();
        List<Total> totals = new ArrayList<>();
        blocks.add(new Paragraph(title));
        Dice summaryDice = Dice.of(seed, "summary", year.county().code(), year.year());
        if (summaryDice.chance(SUMMARY_RATE)) {
            summary(year, evaluated, summaryDice, blocks, totals);
            evaluated.forEach(form -> ends.add(blocks.size() - 1));
            forms.addAll(evaluated);
        }
        for (ProjectForm form : evaluated) {
            blocks.add(new Paragraph("项目支出绩效自评表"));
            blocks.add(new Paragraph("（" + year.year() + "年度）"));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.of("项目名称"), new Cell(form.name(), 5)));
            rows.add(List.of(Cell.of("主管部门"), Cell.of(year.department()), Cell.of("实施单位"),
                    new Cell(form.implementingUnit(), 3)));
            rows.add(List.of(Cell.of("项目资金（万元）"), Cell.of("年初预算数"), Cell.of("全年预算数"), Cell.of("全年执行数"),
                    Cell.of("执行率"), Cell.of("得分")));
            rows.add(List.of(Cell.of("年度资金总额"), Cell.of(Money.plain(form.budgetWan())), Cell.of(Money.plain(form.budgetWan())),
                    Cell.of(Money.plain(form.executedWan())), Cell.of(Money.plain(form.executionRatePct()) + "%"),
                    Cell.of(Money.plain(form.executionRatePct() / 10))));
            rows.add(List.of(Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"), Cell.of("年度指标值"),
                    Cell.of("实际完成值"), Cell.of("偏差原因")));
            indicatorRows(form.indicators(), repeatLevels, true, rows);
            blocks.add(new Grid(rows, 2, 6));
            ends.add(blocks.size() - 1);
            forms.add(form);
        }
        int summaryRows = forms.size() - evaluated.size();
        return new GeneratedDocument(year, DocType.SELF_EVALUATION, title, blocks, forms, ends, List.of(), List.of(),
                summaryRows, totals, List.of());
    }

    /**
     * The department's 项目支出绩效自评结果汇总表 ahead of the forms: one row per project (budget,
     * spending, rate, score) and a 合计 row, whose two amounts are the table's totals.
     */
    private static void summary(CountyYear year, List<ProjectForm> forms, Dice dice, List<Block> blocks, List<Total> totals) {
        String title = year.department() + year.year() + "年度项目支出绩效自评结果汇总表";
        blocks.add(new Paragraph(title));
        blocks.add(new Paragraph("单位：万元"));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of("序号"), Cell.of("项目名称"), Cell.of("年度预算数"), Cell.of("执行数"), Cell.of("执行率"),
                Cell.of("自评得分")));
        double budget = 0;
        double executed = 0;
        for (int i = 0; i < forms.size(); i++) {
            ProjectForm form = forms.get(i);
            budget += form.budgetWan();
            executed += form.executedWan();
            rows.add(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(form.name()), Cell.of(Money.plain(form.budgetWan())),
                    Cell.of(Money.plain(form.executedWan())), Cell.of(Money.plain(form.executionRatePct()) + "%"),
                    Cell.of(String.valueOf(dice.integer(85, 100)))));
        }
        budget = Money.round2(budget);
        executed = Money.round2(executed);
        rows.add(List.of(new Cell("合计", 2), Cell.of(Money.plain(budget)), Cell.of(Money.plain(executed)),
                Cell.of(Money.plain(Money.round2(executed / budget * 100)) + "%"), Cell.of("")));
        blocks.add(new Grid(rows, 0, 6));
        totals.add(new Total(title, "合计", "年度预算数", budget));
        totals.add(new Total(title, "合计", "执行数", executed));
    }

    /** The expenditure code a programme's funds are booked under. */
    String codeOf(String programme) {
        return classification.codeOf(programme);
    }

    /**
     * A prefecture's notice allocating one programme's funds to its counties: the notice text with
     * the expenditure code the funds are booked under, then the allocation table (序号, 地区, 合计,
     * 已提前下达, 本次下达) with its 合计 row first or last.
     *
     * @param prefecture the prefecture's year: its county is the prefecture, its department the finance
     *                   bureau, which issues the notice jointly with the prefecture's bureau
     */
    GeneratedDocument allocation(CountyYear prefecture, String programme, List<Allocation> rows, Dice dice) {
        String code = classification.codeOf(programme);
        String fund = classification.name(code);
        String title = prefecture.department() + " " + prefecture.county().name() + "医疗保障局关于下达" + prefecture.year()
                + "年" + fund + "资金的通知";
        String tableTitle = prefecture.year() + "年" + fund + "资金分配表";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(title));
        blocks.add(new Paragraph("各县（市、区）财政局、医疗保障局："));
        blocks.add(new Paragraph("现将" + prefecture.year() + "年" + fund + "资金下达给你们（详见附件），列"
                + prefecture.year() + "年政府收支分类科目“" + code + fund + "”科目。请按规定及时拨付到位。"));
        blocks.add(new Paragraph("附件：" + tableTitle));
        blocks.add(new Paragraph(tableTitle));
        blocks.add(new Paragraph("单位：万元"));
        double total = 0;
        double already = 0;
        double thisTime = 0;
        for (Allocation row : rows) {
            total += row.amountWan();
            already += row.alreadyWan();
            thisTime += row.thisTimeWan();
        }
        List<List<Cell>> table = new ArrayList<>();
        table.add(List.of(Cell.of("序号"), Cell.of("地区"), Cell.of("合计"), Cell.of("已提前下达"), Cell.of("本次下达")));
        List<Cell> sum = List.of(new Cell("合计", 2), Cell.of(Money.plain(total)), Cell.of(Money.plain(already)),
                Cell.of(Money.plain(thisTime)));
        boolean totalFirst = dice.chance(0.5);
        if (totalFirst) {
            table.add(sum);
        }
        for (int i = 0; i < rows.size(); i++) {
            Allocation row = rows.get(i);
            table.add(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(row.region()), Cell.of(Money.plain(row.amountWan())),
                    Cell.of(Money.plain(row.alreadyWan())), Cell.of(Money.plain(row.thisTimeWan()))));
        }
        if (!totalFirst) {
            table.add(sum);
        }
        blocks.add(new Grid(table, 0, 5));
        List<Total> totals = List.of(new Total(tableTitle, "合计", "合计", Money.round2(total)),
                new Total(tableTitle, "合计", "已提前下达", Money.round2(already)),
                new Total(tableTitle, "合计", "本次下达", Money.round2(thisTime)));
        return new GeneratedDocument(prefecture, DocType.ALLOCATION, title, blocks, List.of(), List.of(), List.of(),
                List.of(), 0, totals, rows);
    }

    private GeneratedDocument budget(CountyYear year, Dice dice) {
        String title = year.department() + year.year() + "年" + DocType.BUDGET.title() + "公开说明";
        BudgetTable table = Misprint.apply(classification.table(year.year() + "年部门支出总体情况表",
                budgetItems(year, false), dice.chance(0.3)), Dice.of(seed, "misprint", year.county().code(), year.year(), "budget"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(title));
        blocks.add(new Paragraph("一、收支预算总体情况"));
        blocks.add(new Paragraph(year.year() + "年收入预算" + Money.plain(table.totalWan()) + "万元，支出预算"
                + Money.plain(table.totalWan()) + "万元。其中：基本支出" + Money.plain(table.basicWan()) + "万元，项目支出"
                + Money.plain(table.projectWan()) + "万元。"));
        residue(blocks, dice);
        blocks.add(new Paragraph(table.title()));
        blocks.add(new Paragraph("单位：万元"));
        blocks.add(budgetGrid(table, dice));
        return new GeneratedDocument(year, DocType.BUDGET, title, blocks, List.of(), List.of(), List.of(table), List.of());
    }

    private GeneratedDocument finalAccounts(CountyYear year, Dice dice) {
        String title = year.department() + year.year() + "年度" + DocType.FINAL_ACCOUNTS.title();
        List<BudgetLine> budgeted = budgetItems(year, false);
        List<BudgetLine> spent = budgetItems(year, true);
        BudgetTable table = Misprint.apply(classification.table(year.year() + "年度支出决算表", spent, dice.chance(0.3)),
                Dice.of(seed, "misprint", year.county().code(), year.year(), "final"));
        List<Block> blocks = new ArrayList<>();
        List<Execution> executions = new ArrayList<>();
        blocks.add(new Paragraph(title));
        blocks.add(new Paragraph("一、" + year.year() + "年度支出决算情况说明"));
        blocks.add(new Paragraph(year.year() + "年度支出总计" + Money.plain(table.totalWan()) + "万元。其中：基本支出"
                + Money.plain(table.basicWan()) + "万元，项目支出" + Money.plain(table.projectWan()) + "万元。"));
        for (int i = 0; i < budgeted.size(); i++) {
            BudgetLine budget = budgeted.get(i);
            BudgetLine result = spent.get(i);
            String code = budget.code();
            String item = classification.name(code.substring(0, 3)) + "（类）" + classification.name(code.substring(0, 5))
                    + "（款）" + classification.name(code) + "（项）";
            double rate = Money.round2(result.totalWan() / budget.totalWan() * 100);
            executions.add(new Execution(item, code, budget.totalWan(), result.totalWan(), rate));
            blocks.add(new Paragraph((i + 1) + "．" + item + "：年初预算为" + Money.plain(budget.totalWan()) + "万元，支出决算为"
                    + Money.plain(result.totalWan()) + "万元，完成年初预算的" + Money.plain(rate) + "%。"));
        }
        residue(blocks, dice);
        blocks.add(new Paragraph(table.title()));
        blocks.add(new Paragraph("单位：万元"));
        blocks.add(budgetGrid(table, dice));
        return new GeneratedDocument(year, DocType.FINAL_ACCOUNTS, title, blocks, List.of(), List.of(), List.of(table),
                executions);
    }

    /** The 项 lines of a year: the basic lines, and a project line for each programme declared. */
    private List<BudgetLine> budgetItems(CountyYear year, boolean spent) {
        List<BudgetLine> items = new ArrayList<>();
        for (BudgetLine line : year.basicLines()) {
            double amount = spent ? Money.round2(line.totalWan() * year.executionRates().get(line.code())) : line.totalWan();
            items.add(new BudgetLine(line.code(), line.name(), amount, amount, 0));
        }
        for (ProjectForm form : year.declarations()) {
            String code = classification.codeOf(form.programme());
            double amount = spent ? Money.round2(form.budgetWan() * year.executionRates().get(form.programme()))
                    : form.budgetWan();
            items.add(new BudgetLine(code, classification.name(code), amount, 0, amount));
        }
        items.sort(java.util.Comparator.comparing(BudgetLine::code));
        return items;
    }

    private static Grid budgetGrid(BudgetTable table, Dice dice) {
        boolean grouped = dice.chance(0.4);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of("科目编码"), Cell.of("科目名称"), Cell.of("合计"), Cell.of("基本支出"), Cell.of("项目支出")));
        rows.add(List.of(new Cell("合计", 2), Cell.of(amount(table.totalWan(), grouped)), Cell.of(amount(table.basicWan(), grouped)),
                Cell.of(amount(table.projectWan(), grouped))));
        for (BudgetLine line : table.lines()) {
            rows.add(List.of(Cell.of(line.code()), Cell.of(line.name()), Cell.of(amount(line.totalWan(), grouped)),
                    Cell.of(line.basicWan() == 0 ? "" : amount(line.basicWan(), grouped)),
                    Cell.of(line.projectWan() == 0 ? "" : amount(line.projectWan(), grouped))));
        }
        return new Grid(rows, 0, 5);
    }

    private static String amount(double wan, boolean grouped) {
        return grouped ? Money.grouped(wan) : Money.plain(wan);
    }

    private static void indicatorRows(List<Indicator> indicators, boolean repeatLevels, boolean withActual,
                                      List<List<Cell>> rows) {
        String level1 = null;
        String level2 = null;
        for (Indicator indicator : indicators) {
            String first = repeatLevels || !indicator.level1().equals(level1) ? indicator.level1() : "";
            String second = repeatLevels || !indicator.level2().equals(level2) || !first.isEmpty() ? indicator.level2() : "";
            level1 = indicator.level1();
            level2 = indicator.level2();
            List<Cell> row = new ArrayList<>(List.of(Cell.of(first), Cell.of(second), Cell.of(indicator.name()),
                    Cell.of(indicator.rawValue())));
            if (withActual) {
                row.add(Cell.of(indicator.actualRaw()));
                row.add(Cell.of(""));
            }
            rows.add(row);
        }
    }

    private static String goal(ProjectForm form) {
        return "按时足额落实" + form.name().replaceFirst("^\\d{4}年度?", "") + "，保障参保群众合法权益。";
    }

    /** The achieved value of an indicator in a self-evaluation, in the form its target is printed. */
    private static String actual(Indicator indicator, double rate, Dice dice) {
        if (indicator.number() == null) {
            return dice.pick(List.of("达到预期", "已完成", "效果明显"));
        }
        String unit = indicator.unit() == null ? "" : indicator.unit();
        double target = indicator.number();
        return switch (unit) {
            case "%" -> Money.plain(Math.min(100.0, target + dice.between(0.0, 3.0))) + "%";
            case "万元" -> Money.plain(target * rate) + "万元";
            case "万人" -> Money.plain(target * dice.between(0.97, 1.05)) + "万人";
            case "" -> Money.plain(Math.min(100.0, target + dice.between(0.0, 3.0)));
            default -> Math.round(target * dice.between(0.97, 1.05)) + unit;
        };
    }

    /** Word's tracked-change residue, left in a tenth of published files. */
    private static void residue(List<Block> blocks, Dice dice) {
        if (dice.chance(0.1)) {
            blocks.add(new Paragraph("删除[Administrator]: " + dice.pick(List.of("单位：元", "附件", "说明："))));
        }
    }
}
