using static PlanTracker.Import.FileErrors;

namespace PlanTracker.Import.Sheets;

/// <summary>Errors and warnings about finding the sheets, their header rows and their extent.</summary>
internal static class SheetMessages
{
    public static ImportError NoKnownSheet(string f, IEnumerable<string> sheetNames)
    {
        var names = string.Join(", ", sheetNames.Select(n => $"« {n} »"));
        var namesEn = string.Join(", ", sheetNames.Select(n => $"“{n}”"));
        return File(
            ImportErrorCodes.NoKnownSheet,
            $"« {f} » n'a ni feuille « Emplois » ni feuille « Coopératives ». Feuilles trouvées : {names}. Nommez la feuille des emplois « Emplois » (ou « Emplois créés », « Jobs ») et celle des coopératives « Coopératives » (ou « Créations de coopératives », « Coops »).",
            $"“{f}” has neither an “Emplois” (jobs) nor a “Coopératives” sheet. Sheets found: {namesEn}. Name the jobs sheet “Emplois” (or “Emplois créés”, “Jobs”) and the cooperatives sheet “Coopératives” (or “Créations de coopératives”, “Coops”, “Cooperatives”).");
    }

    public static ImportError DuplicateSheet(TableSchema schema, string first, string second) => Sheet(
        ImportErrorCodes.DuplicateSheet,
        second,
        $"les feuilles « {first} » et « {second} » sont toutes deux des feuilles « {schema.Name("fr")} » : gardez-en une seule (fusionnez les lignes) ou renommez l'autre.",
        $"sheets “{first}” and “{second}” are both “{schema.Name("en")}” sheets: keep one (merge the rows) or rename the other.");

    public static ImportError HeadersMissing(string sheet, TableSchema schema, HeaderMatch? best)
    {
        var required = string.Join(", ", schema.Required.Select(c => c.HeaderFr));
        var requiredEn = string.Join(", ", schema.Required.Select(c => c.HeaderEn));
        if (best is null || best.MatchedCount == 0)
        {
            return Sheet(
                ImportErrorCodes.HeadersMissing,
                sheet,
                $"ligne d'en-têtes introuvable dans les {TableReader.HeaderSearchRows} premières lignes. En-têtes obligatoires : {required}.",
                $"no header row in the first {TableReader.HeaderSearchRows} rows. Required headers: {requiredEn}.");
        }

        var missing = string.Join(", ", best.MissingRequired.Select(c => $"« {c.HeaderFr} »"));
        var missingEn = string.Join(", ", best.MissingRequired.Select(c => $"“{c.HeaderEn}”"));
        return Sheet(
            ImportErrorCodes.HeadersMissing,
            sheet,
            $"la ligne d'en-têtes (ligne {best.RowNumber}) n'a pas {missing}. En-têtes obligatoires : {required}.",
            $"the header row (row {best.RowNumber}) lacks {missingEn}. Required headers: {requiredEn}.");
    }

    public static ImportError RowsIgnored(string sheet, int blankRow, int count, int firstIgnored) => new(
        ImportErrorCodes.RowsIgnored,
        sheet,
        firstIgnored,
        null,
        null,
        null,
        $"la lecture s'est arrêtée à la ligne vide {blankRow} : {Count(count, "fr")} ligne(s) remplie(s) plus bas, à partir de la ligne {firstIgnored}, n'ont pas été lues. Supprimez la ligne vide si elles font partie du tableau.",
        $"reading stopped at blank row {blankRow}: {Count(count, "en")} filled row(s) below, from row {firstIgnored}, were not read. Delete the blank row if they belong to the table.");

    public static ImportError TooManyLines(int limit) => File(
        ImportErrorCodes.TooManyLines,
        $"le classeur dépasse {Count(limit, "fr")} lignes de données (limite) : découpez-le en plusieurs classeurs.",
        $"the workbook has more than {Count(limit, "en")} data rows (limit): split it into several workbooks.");
}
