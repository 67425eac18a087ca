using static PlanTracker.Import.FileErrors;

namespace PlanTracker.Import.Reading.Csv;

/// <summary>Why a CSV file that passed the pre-flight cannot be read, and what the officer can do about it.</summary>
internal static class CsvMessages
{
    public static ImportError UnknownSheet(string f) => File(
        ImportErrorCodes.UnknownCsvSheet,
        $"« {f} » : ni son nom ni sa ligne d'en-têtes ne disent s'il contient les emplois ou les coopératives. Un fichier CSV contient une seule feuille : mettez « emplois » ou « coopératives » dans son nom (par exemple « 2025-T1-emplois.csv »), ou les en-têtes du modèle en première ligne (Trimestre, SIRET, Structure, Commune, Axe, Emplois créés ; ou Nom, Forme juridique, Date de création, Commune, Axe).",
        $"“{f}”: neither its name nor its header line says whether it holds the jobs or the cooperatives. A CSV file holds one sheet: put “emplois” (jobs) or “cooperatives” in its name (for instance “2025-T1-jobs.csv”), or the template's headers on its first line (Trimestre, SIRET, Structure, Commune, Axe, Emplois créés; or Nom, Forme juridique, Date de création, Commune, Axe).");

    public static ImportError LineTooLong(string f, int line, int limit) => new(
        ImportErrorCodes.LineTooLong,
        f,
        line,
        null,
        null,
        null,
        $"ligne de plus de {Count(limit, "fr")} caractères (limite) : ce n'est pas une ligne de relevé. Vérifiez l'export (un guillemet non fermé englobe souvent tout le reste du fichier).",
        $"line of more than {Count(limit, "en")} characters (limit): not a line of figures. Check the export (an unclosed quote often swallows the rest of the file).");

    public static ImportError BadQuote(string f, int line) => new(
        ImportErrorCodes.BadQuote,
        f,
        line,
        null,
        null,
        null,
        $"un champ entre guillemets est mal formé (guillemet jamais fermé, ou texte après le guillemet fermant) : le fichier est tronqué ou mal exporté. Exportez-le de nouveau.",
        $"a quoted field is malformed (a quote never closed, or text after the closing quote): the file is truncated or badly exported. Export it again.");
}
