/**
 * The history of every change to an {@link dk.samvirke.shared.Audited} record: who, when, what, before →
 * after, written in the change's own transaction, whoever made it (a form, the API, an import, a merger). {@link dk.samvirke.history.History} reads it and is the one
 * place that decides what a reader sees of it: administrators everything, everyone else each change without
 * its personal data ({@code HistoryPrivacy}), whichever page or API answer asks. A deleted account's address
 * and name leave the history ({@link dk.samvirke.history.History#anonymise(String)}). Records a module writes in
 * bulk past Hibernate (an import's organisations, products, usages, people and participations) get the very same
 * entries through {@link dk.samvirke.history.BulkHistory}, and records a module keeps by its own SQL (governance's)
 * through {@link dk.samvirke.history.RecordChanges}.
 */
package dk.samvirke.history;
