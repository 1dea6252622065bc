package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.ExecutionStatement;
import org.medinsure.warehouse.ingest.model.ParsedDocument;

/**
 * Final accounts explain each line's execution in a numbered list; the enumerator (1． 2、 （3） (4))
 * numbers the statement and is no part of the item it names.
 */
class TestNumberedExecutionStatements {
    private final DocumentParser parser = new DocumentParser();

    @Test
    void anEnumeratorBeforeAClassificationItemIsNotPartOfTheItem() {
        String text = String.join("\n",
                "某县医疗保障局2023年度部门决算",
                "一、2023年度支出决算情况说明",
                "1．卫生健康支出（类）医疗救助（款）城乡医疗救助（项）：年初预算为619.96万元，支出决算为588.65万元，完成年初预算的94.95%。",
                "2、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：年初预算为255.57万元，支出决算为261.76万元，完成年初预算的102.42%。",
                "（3）住房保障支出（类）住房改革支出（款）住房公积金（项）：年初预算为9.98万元，支出决算为9.99万元，完成年初预算的100.10%。",
                "(4) 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初预算为14.49万元，支出决算为14.75万元，完成年初预算的101.79%。");

        ParsedDocument document = parser.parse("numbered.txt", text);

        assertThat(document.executions()).extracting(ExecutionStatement::item, ExecutionStatement::functionCode)
                .containsExactly(
                        tuple("卫生健康支出（类）医疗救助（款）城乡医疗救助（项）", null),
                        tuple("卫生健康支出（类）医疗保障管理事务（款）行政运行（项）", null),
                        tuple("住房保障支出（类）住房改革支出（款）住房公积金（项）", null),
                        tuple("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", null));
    }
}
