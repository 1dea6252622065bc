package org.medinsure.warehouse.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes a corpus of damaged and hostile files, deterministically from a seed: empty files, binary
 * noise under document extensions, real documents truncated mid-table or with bytes flipped, wrong
 * and mixed encodings, a 50 MB single line, forms with every value empty, absurd figures, one
 * document under two names, a region that exists nowhere, deeply nested HTML, a password-protected
 * PDF, a zip bomb and an XML external entity in a .docx. The damage is done to the real documents
 * of the sample corpus, so that each file looks like what a bureau's web site might hand out.
 */
public final class HostileCorpus {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String FORM_TEMPLATE = """
            %s医疗保障局%d年度预算绩效目标申报表
            项目名称\t城乡居民基本医疗保险财政补助
            主管部门\t%s医疗保障局
            项目资金（万元）\t年度资金总额\t%s
            绩效指标
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t参保人数\t%s人
            产出指标\t质量指标\t人均财政补助标准\t≥%s元
            满意度指标\t服务对象满意度指标\t参保群众满意度\t≥%s%%
            """;

    private final Random random;
    private final List<byte[]> realDocuments;
    private final Path folder;
    private int written;

    private HostileCorpus(long seed, List<byte[]> realDocuments, Path folder) {
        this.random = new Random(seed);
        this.realDocuments = List.copyOf(realDocuments);
        this.folder = folder;
    }

    /**
     * Writes the corpus into {@code folder}, damaging the documents of {@code sampleCorpus}.
     *
     * @return the number of files written
     */
    public static int write(Path sampleCorpus, Path folder, long seed) throws IOException {
        Objects.requireNonNull(sampleCorpus, "sampleCorpus is null");
        List<byte[]> documents = new ArrayList<>();
        try (var files = Files.walk(sampleCorpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 200) {
                    documents.add(bytes);
                }
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("Cannot find documents to damage under " + sampleCorpus);
        }
        Files.createDirectories(folder);
        HostileCorpus corpus = new HostileCorpus(seed, documents, folder);
        corpus.writeAll();
        return corpus.written;
    }

    private void writeAll() throws IOException {
        for (String extension : List.of("txt", "html", "pdf", "docx", "xlsx", "doc", "xls", "csv")) {
            file("empty/empty." + extension, new byte[0]);
        }
        for (int i = 0; i < 45; i++) {
            String extension = List.of("txt", "pdf", "docx", "xlsx", "html", "doc", "xls", "md").get(i % 8);
            file("noise/noise_" + i + "." + extension, noise(16 + random.nextInt(20_000)));
        }
        for (int i = 0; i < 60; i++) {
            byte[] document = document(i);
            int cut = document.length / 4 + random.nextInt(Math.max(1, document.length / 2));
            file("truncated/truncated_" + i + ".txt", java.util.Arrays.copyOf(document, cut));
        }
        for (int i = 0; i < 100; i++) {
            file("flipped/flipped_" + i + ".txt", flipped(document(i), 1 + random.nextInt(40)));
        }
        for (int i = 0; i < 15; i++) {
            String form = form("某县", 2020 + i % 5, "350", "21318", "610", "90");
            // GB18030 bytes under a page that says it is UTF-8
            byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><pre>" + form + "</pre></body></html>")
                    .getBytes(GB18030);
            file("wrong-encoding/declared_utf8_" + i + ".html", page);
        }
        for (int i = 0; i < 15; i++) {
            String form = form("某县", 2021, "350", "21318", "610", "90");
            int half = form.length() / 2;
            ByteArrayOutputStream mixed = new ByteArrayOutputStream();
            mixed.write(form.substring(0, half).getBytes(StandardCharsets.UTF_8));
            mixed.write(form.substring(half).getBytes(GB18030));
            file("mixed-encoding/mixed_" + i + ".txt", mixed.toByteArray());
        }
        file("huge/one_line_50mb.txt", oneLine(50 * 1024 * 1024));
        for (int i = 0; i < 10; i++) {
            file("empty-cells/form_" + i + ".txt", form("某县", 2022, "", "", "", "").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 10; i++) {
            file("absurd/form_" + i + ".txt", form("某县", 2022, "1000000000000", "-5", "1000000000000", "250")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 10; i++) {
            byte[] same = document(i);
            file("twice/a/" + i + ".txt", same);
            file("twice/b/copy_of_" + i + ".txt", same);
        }
        for (int i = 0; i < 10; i++) {
            file("nowhere/form_" + i + ".txt", form("火星省奥林匹斯县", 2023, "350", "21318", "610", "90")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 5; i++) {
            file("nested/nested_" + i + ".html", nestedHtml(2_000 * (i + 1)));
        }
        file("protected/needs_password.pdf", protectedPdf());
        file("bomb/bomb.xlsx", zipBomb("xl/worksheets/sheet1.xml"));
        file("bomb/bomb.docx", zipBomb("word/document.xml"));
        file("xxe/entity.docx", externalEntityDocx());
    }

    private void file(String relative, byte[] bytes) throws IOException {
        Path path = folder.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        written++;
    }

    private byte[] document(int index) {
        return realDocuments.get(index % realDocuments.size());
    }

    private byte[] noise(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipped(byte[] document, int flips) {
        byte[] bytes = document.clone();
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String form(String county, int year, String money, String insured, String perCapita, String satisfied) {
        return String.format(FORM_TEMPLATE, county, year, county, money, insured, perCapita, satisfied);
    }

    private static byte[] oneLine(int length) {
        byte[] pattern = "参保人数21318人，人均补助610元，满意度≥90%；".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = pattern[i % pattern.length];
        }
        return bytes;
    }

    private static byte[] nestedHtml(int depth) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("某县医疗保障局2022年度预算绩效目标申报表").append("</div>".repeat(depth));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] protectedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A 40 KB zip whose one part inflates to 40 MB of zeros. */
    private static byte[] zipBomb(String part) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return zipped.toByteArray();
    }

    private static byte[] externalEntityDocx() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>某县医疗保障局2025年部门预算 &x;</w:t></w:r></w:p></w:body></w:document>");
        }
        return zipped.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
