package org.medinsure.warehouse.ingest.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.Spaces;
import org.medinsure.warehouse.ingest.text.TableTitles;

/**
 * Finds where forms begin and end. Titles ({@code …绩效目标申报表}) and project-name labels
 * ({@code 项目名称}) are the anchors: titles cut the document into segments, and a segment holds one
 * form per project-name label. A titled segment without a name label is still a form when it holds
 * an indicator table (a garbled header can lose the label). A title's words say the kind of form;
 * a summary table (汇总表) is one span, however many project names its rows print. Excluded titles
 * (自评报告, 情况表) end the form above them but start none.
 */
public final class FormLocator {
    /** Titles are short lines; a longer line mentioning 绩效目标表 is narrative. */
    private static final int MAX_TITLE_LENGTH = 60;
    private final FormVocabulary vocabulary;

    public FormLocator(FormVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    }

    private record Boundary(int line, boolean excluded, String title, FormKind kind) {
    }

    public List<FormSpan> locate(CleanText text) {
        Objects.requireNonNull(text, "text is null");
        List<Boundary> boundaries = new ArrayList<>();
        boundaries.add(new Boundary(1, false, null, FormKind.DECLARATION));
        for (SourceLine line : text.lines()) {
            if (!vocabulary.mayHoldTitle(line.text())) {
                continue; // spares compacting the many lines that hold no title word
            }
            String compact = titleText(line.text());
            if (compact.isEmpty() || compact.length() > MAX_TITLE_LENGTH) {
                continue;
            }
            if (vocabulary.isExcludedTitle(compact)) {
                boundaries.add(new Boundary(line.number(), true, null, FormKind.DECLARATION));
            } else {
                int number = line.number();
                vocabulary.titleWord(compact)
                        .filter(word -> word.kind() == FormKind.DECLARATION || namesATable(compact))
                        .ifPresent(word -> boundaries.add(new Boundary(number, false, titleOf(line), word.kind())));
            }
        }
        List<FormSpan> spans = new ArrayList<>();
        int documentEnd = text.size() + 1;
        for (int b = 0; b < boundaries.size(); b++) {
            Boundary boundary = boundaries.get(b);
            int segmentEnd = b + 1 < boundaries.size() ? boundaries.get(b + 1).line() : documentEnd;
            if (boundary.excluded() || segmentEnd <= boundary.line()) {
                continue;
            }
            spans.addAll(formsInSegment(text, boundary, segmentEnd));
        }
        return spans;
    }

    private List<FormSpan> formsInSegment(CleanText text, Boundary boundary, int segmentEnd) {
        if (boundary.kind() == FormKind.SUMMARY) {
            return List.of(new FormSpan(boundary.line(), segmentEnd, boundary.title(), boundary.kind()));
        }
        List<Integer> nameLines = new ArrayList<>();
        boolean hasTable = false;
        // lines that make an untitled span a form: another form field or an indicator table's header
        java.util.BitSet formContent = new java.util.BitSet();
        for (int number = boundary.line(); number < segmentEnd; number++) {
            String line = text.line(number).text();
            java.util.Optional<FormVocabulary.FieldLabel> label = firstLabel(line);
            if (label.filter(FormLocator::isPrimaryProjectName).isPresent()) {
                nameLines.add(number);
            }
            boolean indicatorHeader = isIndicatorHeader(line);
            hasTable |= indicatorHeader;
            if (indicatorHeader || label.filter(field -> !field.target().equals("project_name")).isPresent()) {
                formContent.set(number);
            }
        }
        List<FormSpan> spans = new ArrayList<>();
        if (nameLines.isEmpty()) {
            if (boundary.title() != null && hasTable) {
                spans.add(new FormSpan(boundary.line(), segmentEnd, boundary.title(), boundary.kind()));
            }
            return spans;
        }
        List<Integer> starts = new ArrayList<>(nameLines);
        if (boundary.title() != null) {
            starts.set(0, boundary.line());
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : segmentEnd;
            String title = i == 0 ? boundary.title() : null;
            if (boundary.title() != null || holdsFormContent(formContent, starts.get(i), end)) {
                spans.add(new FormSpan(starts.get(i), end, title, boundary.kind()));
            }
        }
        return spans;
    }

    /**
     * Whether an untitled span reads as a form: besides its project name it prints another form
     * field (主管部门, 资金总额 …) or an indicator table. The item column of a budget table (项目名称 |
     * 金额, as 收支预算总表 prints it) starts with the same label and holds neither.
     */
    private static boolean holdsFormContent(java.util.BitSet formContent, int from, int to) {
        int first = formContent.nextSetBit(from);
        return first >= 0 && first < to;
    }

    /** The header row of an indicator table. */
    private boolean isIndicatorHeader(String line) {
        // compact only when it can matter: a line without 指 holds none of the column words
        if (line.indexOf('指') < 0) {
            return false;
        }
        String compact = vocabulary.compact(line);
        return compact.contains("三级指标") || compact.contains("指标内容") || compact.contains("指标名称");
    }

    /** A primary project-name label (项目名称, 项目支出名称): the label a form's first line starts with. */
    private static boolean isPrimaryProjectName(FormVocabulary.FieldLabel label) {
        return label.target().equals("project_name") && label.rank() == 1;
    }

    /** The field label a line starts with, if its first piece is one. */
    private java.util.Optional<FormVocabulary.FieldLabel> firstLabel(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || !mayStartLabel(stripped.charAt(0))) {
            return java.util.Optional.empty(); // its first piece, and that piece's compact form, would start with this character
        }
        // the first piece: up to the first tab, space or colon (项目名称：…), never blank as it starts the stripped line
        int end = 0;
        while (end < stripped.length() && " \t:：".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return vocabulary.field(vocabulary.compact(stripped.substring(0, end)));
    }

    /** Whether a piece starting with this character can compact to a field label ('(' may open an annotation). */
    private boolean mayStartLabel(char c) {
        return vocabulary.isFieldInitial(c) || c == '(' || c == '（';
    }

    /**
     * Whether a title names a table: it ends in 表, a bracketed note after it allowed (…汇总表（第二批）).
     * Department-wide and summary words also open section headings (二、部门整体支出绩效自评情况), which
     * are no form of their own.
     */
    private static boolean namesATable(String compact) {
        return TableTitles.withoutTrailingNotes(compact).endsWith("表");
    }

    /** The title as printed: for a table row, its first filled cell (a title row spans the table). */
    private static String titleOf(SourceLine line) {
        if (line.cells() != null) {
            for (var cell : line.cells()) {
                if (!cell.isBlank()) {
                    return cell.text();
                }
            }
        }
        return line.text().strip();
    }

    /** The line without whitespace and leading {@code #-*} marks; a char loop, as it runs on every line. */
    private static String titleText(String line) {
        String compact = Spaces.removeRegexSpaces(line);
        int marks = 0;
        while (marks < compact.length() && "#-*".indexOf(compact.charAt(marks)) >= 0) {
            marks++;
        }
        return compact.substring(marks);
    }
}
