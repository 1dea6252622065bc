package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Rows whose cells are joined by single spaces, as {@code pdftotext -raw} prints a table. */
class TestSpaceJoinedReader {
    private final SpaceJoinedReader reader = new SpaceJoinedReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("form.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void everyLineIsARowOfItsPiecesAndAVerticalLabelIsOneRowPerCharacter() {
        Grid grid = read(
                "项目名称 城乡居民基本医疗保险补助",
                "",
                "绩",
                "效",
                "指",
                "标",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 城乡居民医保参保人数 21318 人",
                "产出指标 成本指标 人均财政补助标准 610 元",
                "满意度指标 服务对象满意度 参保群众满意度 ≥95 %");

        assertThat(grid.layout()).isEqualTo("space_joined");
        assertThat(grid.rowsMarked()).isTrue();
        assertThat(grid.positional()).isFalse();
        assertThat(texts(grid)).containsExactly(
                List.of("项目名称", "城乡居民基本医疗保险补助"),
                List.of("绩"), List.of("效"), List.of("指"), List.of("标"),
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                // a unit printed after a number belongs to it
                List.of("产出指标", "数量指标", "城乡居民医保参保人数", "21318 人"),
                List.of("产出指标", "成本指标", "人均财政补助标准", "610 元"),
                List.of("满意度指标", "服务对象满意度", "参保群众满意度", "≥95 %"));
        assertThat(grid.rows()).extracting(GridRow::line).containsExactly(1, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aFigureAfterAFigureAndAUnitAfterAWordStayApart() {
        assertThat(SpaceJoinedReader.tokens("2101301 城乡医疗救助 120.00 0.00 120.00"))
                .containsExactly("2101301", "城乡医疗救助", "120.00", "0.00", "120.00");
        assertThat(SpaceJoinedReader.tokens("单位 万元")).containsExactly("单位", "万元");
        assertThat(SpaceJoinedReader.tokens("年度资金总额 1,250.50 万元 其中财政拨款 350 万元"))
                .containsExactly("年度资金总额", "1,250.50 万元", "其中财政拨款", "350 万元");
        assertThat(SpaceJoinedReader.tokens("门诊人次 12000 人次 参保率 95%"))
                .containsExactly("门诊人次", "12000 人次", "参保率", "95%");
    }

    @Test
    void runsOfSpacesTabsAndIdeographicSpacesAllSeparatePieces() {
        assertThat(SpaceJoinedReader.tokens("  项目名称\u3000城乡医疗救助  \t主管部门 某县医疗保障局 "))
                .containsExactly("项目名称", "城乡医疗救助", "主管部门", "某县医疗保障局");
    }
}
