package org.medinsure.warehouse.ingest.form;

import java.util.List;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.CleanText;

/** Finds every project form (declaration or self-evaluation) in a document and reads it. */
public final class ProjectFormParser {

    /** The forms found, in document order, and what could not be read. */
    public record Result(List<ProjectForm> forms, List<Problem> problems) {
        public Result {
            forms = List.copyOf(forms);
            problems = List.copyOf(problems);
        }
    }

    public Result parse(CleanText text) {
        return new Result(List.of(), List.of());
    }
}
