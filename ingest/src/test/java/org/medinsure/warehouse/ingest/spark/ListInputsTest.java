package org.medinsure.warehouse.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.medinsure.warehouse.ingest.lake.NioLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local input folder is listed with java.nio, others through Hadoop: both must list the same files. */
class ListInputsTest {
    @TempDir
    Path root;

    private void file(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theLocalListingIsHadoopsListingOfTheSameFolder() throws Exception {
        file("山东省/371522_莘县_2021_部门预算.txt", "合计 100");
        file("山东省/聊城市/a b#c%20d.md", "项目名称\t城乡医疗救助");
        file("山东省/聊城市/time:10.txt", "colon in a name");
        file("河南省/empty.txt", "");
        file("top.html", "<table></table>");
        file(".hidden/inside.txt", "not listed");
        file("_spark_metadata/x.txt", "not listed");
        file("山东省/.~lock.txt", "not listed");
        file("山东省/_SUCCESS", "not listed");
        Files.createSymbolicLink(root.resolve("河南省/linked.txt"), root.resolve("top.html"));
        Files.createSymbolicLink(root.resolve("河南省/up"), root); // a loop: Hadoop's listing never ends on it
        Files.createSymbolicLink(root.resolve("河南省/broken.txt"), root.resolve("gone.txt"));
        Configuration conf = NioLocalFileSystem.configure(new Configuration());
        // qualified, as ingest qualifies the --input folder
        org.apache.hadoop.fs.Path rootPath = org.apache.hadoop.fs.FileSystem.getLocal(conf)
                .makeQualified(new org.apache.hadoop.fs.Path(root.toString()));

        List<InputFile> local = sorted(IngestJob.listLocal(rootPath)).stream()
                .filter(input -> !input.relativePath().startsWith("河南省/up/")).toList();
        Files.delete(root.resolve("河南省/up"));
        List<InputFile> hadoop = sorted(IngestJob.listThroughFileSystem(rootPath, conf));

        // a link to a file is the file; a broken link is listed (and read as a file that cannot be opened),
        // where Hadoop's listing leaves it out
        assertThat(local).extracting(InputFile::relativePath).containsExactly("top.html", "山东省/371522_莘县_2021_部门预算.txt",
                "山东省/聊城市/a b#c%20d.md", "山东省/聊城市/time:10.txt", "河南省/broken.txt", "河南省/empty.txt",
                "河南省/linked.txt");
        List<InputFile> listedByBoth = local.stream().filter(input -> !input.relativePath().equals("河南省/broken.txt")).toList();
        assertThat(listedByBoth).extracting(InputFile::relativePath, InputFile::length, InputFile::modified)
                .isEqualTo(hadoop.stream().map(input -> org.assertj.core.groups.Tuple.tuple(input.relativePath(),
                        input.length(), input.modified())).toList());
        for (int i = 0; i < hadoop.size(); i++) {
            assertThat(listedByBoth.get(i).contentKey(conf)).as(hadoop.get(i).relativePath())
                    .isEqualTo(hadoop.get(i).contentKey(conf));
        }
        assertThat(local.get(6).length()).isEqualTo(Files.size(root.resolve("top.html")));
        assertThat(local.get(4).contentKey(conf)).isEqualTo(InputFile.NO_BYTES_PREFIX + "河南省/broken.txt");
        assertThat(IngestJob.listInputs(rootPath.toString(), conf)).isEqualTo(local);
    }

    private static List<InputFile> sorted(List<InputFile> inputs) {
        return inputs.stream().sorted(java.util.Comparator.comparing(InputFile::relativePath)).toList();
    }
}
