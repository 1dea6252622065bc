package org.medinsure.warehouse.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.DecodedText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TextDecoder;

/** Pages as web budgeting systems publish them: spans, nested tables, breaks in cells, entities. */
class TestHtmlPageRenderer {

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    private static SourceLine lineStarting(CleanText text, String start) {
        return text.lines().stream().filter(line -> line.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void rowAndColumnSpansAreExpandedIntoCoveredPositions() {
        String html = "<table>\r\n"
                + "<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>参保人数</td><td>≥31万人</td></tr>\r\n"
                + "<tr><td>质量指标</td><td>参保率</td><td>≥95%</td></tr>\r\n"
                + "<tr><td>项目名称</td><td colspan=\"3\">城乡居民医保补助</td></tr>\r\n"
                + "</table>";
        CleanText text = HtmlPageRenderer.render("page.html", html);

        assertThat(text.lines()).hasSize(3);
        List<Cell> second = text.line(2).cells();
        assertThat(texts(second)).containsExactly("", "质量指标", "参保率", "≥95%");
        assertThat(second.get(0).isCovered()).isTrue();
        assertThat(second.get(0).mergedText()).isEqualTo("产出指标");
        assertThat(text.line(1).cells().get(0).rowSpan()).isEqualTo(2);
        List<Cell> third = text.line(3).cells();
        assertThat(texts(third)).containsExactly("项目名称", "城乡居民医保补助", "", "");
        assertThat(third.get(3).mergedText()).isEqualTo("城乡居民医保补助");
        // CRLF and one row per source line: every row keeps the line it starts on
        assertThat(text.origins().sourceLine(1)).isEqualTo(2);
        assertThat(text.origins().sourceLine(3)).isEqualTo(4);
    }

    @Test
    void breaksAndParagraphsInsideACellJoinItsPiecesAndEntitiesAreResolved() {
        String html = "<table><tr><td>项目资金<br/>（万元）</td><td><p>年度资金</p><p>总额</p></td>"
                + "<td style=\"color:red\">&nbsp;1,250.50&nbsp;</td><td>&lt;=610元 &amp; ≥1元</td></tr></table>";
        CleanText text = HtmlPageRenderer.render("page.html", html);

        assertThat(texts(text.line(1).cells())).containsExactly("项目资金（万元）", "年度资金总额", "1,250.50", "<=610元 & ≥1元");
    }

    @Test
    void textBetweenTablesAndNestedTablesKeepTheirOrder() {
        String html = "<html><head><title>t</title><script>var x = '<table>';</script></head><body>"
                + "<div>首页 &gt; 预决算公开</div>\n"
                + "<h3>附件1</h3>\n"
                + "<table><tr><td>外层说明</td><td><table><tr><td>地区</td><td>金额</td></tr>"
                + "<tr><td>海曙区</td><td>2</td></tr></table></td></tr></table>\n"
                + "<p>附件2</p><table><tr><td>一级指标</td><td>二级指标</td></tr></table></body></html>";
        CleanText text = HtmlPageRenderer.render("page.html", html);

        assertThat(text.lines().stream().map(SourceLine::text))
                .containsExactly("首页 > 预决算公开", "附件1", "外层说明\t", "地区\t金额", "海曙区\t2", "附件2",
                        "一级指标\t二级指标");
        assertThat(text.origins().sourceLine(2)).isEqualTo(2);
        assertThat(text.origins().sourceLine(6)).isEqualTo(4);
    }

    @Test
    void checkboxesBecomeMarksAsInTheTextCleaner() {
        String html = "<table><tr><td>项目类型</td><td>新增项目<input type=\"checkbox\" checked>"
                + " 延续项目<input type=\"checkbox\"></td></tr></table>";
        CleanText text = HtmlPageRenderer.render("page.html", html);

        assertThat(lineStarting(text, "项目类型").cells().get(1).text()).isEqualTo("新增项目☑ 延续项目☐");
    }

    @Test
    void aGbkPageDeclaringItsCharsetIsDecodedAndAUtf8PageIsReadWhateverItDeclares() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><table><tr><td>项目名称</td><td>医疗救助资金</td></tr></table></body></html>";
        DecodedText gbk = TextDecoder.decodeHtml(page.getBytes(Charset.forName("GBK")));
        assertThat(gbk.encoding()).isEqualTo("GB18030");
        assertThat(gbk.declaredCharset()).isEqualTo("gb2312");
        assertThat(gbk.contradictsDeclaration()).isFalse();
        assertThat(HtmlPageRenderer.render("page.htm", gbk.text()).line(1).text()).isEqualTo("项目名称\t医疗救助资金");

        String big5Page = "<meta charset=\"big5\"><table><tr><td>項目名稱</td><td>醫療救助</td></tr></table>";
        DecodedText big5 = TextDecoder.decodeHtml(big5Page.getBytes(Charset.forName("Big5")));
        assertThat(HtmlPageRenderer.render("page.htm", big5.text()).line(1).text()).isEqualTo("項目名稱\t醫療救助");

        String lying = "<meta charset=\"utf-8\"><p>医疗保障局</p>";
        assertThat(TextDecoder.decodeHtml(lying.getBytes(Charset.forName("GBK"))).contradictsDeclaration()).isTrue();
    }

    @Test
    void absurdSpansAreCutAndDeepNestingEndsWithoutFailing() {
        String html = "<table><tr><td colspan=\"99999999\">x</td></tr></table>" + "<div>".repeat(5000) + "深处"
                + "</div>".repeat(5000);
        CleanText text = HtmlPageRenderer.render("page.html", html);

        assertThat(text.line(1).cells()).hasSize(200);
    }
}
