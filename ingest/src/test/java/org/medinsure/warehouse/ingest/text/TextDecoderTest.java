package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String FORM = "项目名称\t城乡居民基本医疗保险\t年度财政拨款（万元）\t350 万元";

    @Test
    void readsUtf8() {
        DecodedText decoded = TextDecoder.decode(FORM.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo(FORM);
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] body = FORM.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(FORM);
    }

    @Test
    void fallsBackToGb18030ForGbkFiles() {
        DecodedText decoded = TextDecoder.decode(FORM.getBytes(Charset.forName("GBK")));
        assertThat(decoded.encoding()).isEqualTo("GB18030");
        assertThat(decoded.text()).isEqualTo(FORM);
        assertThat(TextDecoder.replacementCount(decoded.text())).isZero();
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] body = FORM.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE");
        assertThat(decoded.text()).isEqualTo(FORM);
    }
}
