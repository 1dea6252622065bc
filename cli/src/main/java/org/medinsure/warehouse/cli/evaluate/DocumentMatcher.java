package org.medinsure.warehouse.cli.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * Documents: one per file, keyed by the file name ({@code documents.source_path}'s last part equals
 * gold {@code file}), because that is all a gold file knows of where the text came from.
 *
 * <p>Compared: {@code doc_type}, {@code province}, {@code prefecture}, {@code county} and
 * {@code fiscal_year} (gold {@code year}) exactly, since each is a canonical value, not printed
 * text. A gold {@code prefecture: null} (济源, administered directly by its province) requires NULL.
 * The department is not compared: the gold and the warehouse both keep it as printed, and which of
 * several printed forms to keep is not settled.
 *
 * <p>Scope: the files that have a gold document record.
 */
public final class DocumentMatcher implements Matcher<WarehouseFacts.Document> {
    @Override
    public String name() {
        return RecordKind.DOCUMENT.code();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DOCUMENT;
    }

    @Override
    public List<WarehouseFacts.Document> facts(WarehouseFacts warehouse) {
        return warehouse.documents();
    }

    @Override
    public Optional<List<String>> scope(GoldRecord gold) {
        return gold.kind() == RecordKind.DOCUMENT ? Optional.of(Keys.of(gold.file())) : Optional.empty();
    }

    @Override
    public List<String> scope(WarehouseFacts.Document fact) {
        return Keys.of(fact.file());
    }

    @Override
    public List<String> key(GoldRecord gold) {
        return Keys.of(gold.file());
    }

    @Override
    public List<String> key(WarehouseFacts.Document fact) {
        return Keys.of(fact.file());
    }

    @Override
    public List<String> differences(GoldRecord gold, WarehouseFacts.Document fact) {
        return new Differences(gold)
                .text("doc_type", "doc_type", fact.docType())
                .text("province", "province", fact.province())
                .text("prefecture", "prefecture", fact.prefecture())
                .text("county", "county", fact.county())
                .integer("year", "fiscal_year", fact.fiscalYear())
                .list();
    }

    @Override
    public String describe(GoldRecord gold) {
        return gold.file() + " " + gold.text("doc_type") + " " + gold.text("province") + " " + gold.text("county")
                + " " + gold.text("year");
    }

    @Override
    public String describe(WarehouseFacts.Document fact) {
        return fact.file() + " " + fact.docType() + " " + fact.province() + " " + fact.county() + " "
                + fact.fiscalYear();
    }
}
