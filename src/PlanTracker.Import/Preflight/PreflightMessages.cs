using static PlanTracker.Import.FileErrors;

namespace PlanTracker.Import.Preflight;

/// <summary>Why a file was rejected before any workbook library saw it, and what the officer can do about it.</summary>
internal static class PreflightMessages
{
    public static ImportError Empty(string f) => File(
        ImportErrorCodes.Empty,
        $"« {f} » est vide (0 octet). Vérifiez que le bon fichier a été choisi et que son enregistrement s'est terminé.",
        $"“{f}” is empty (0 bytes). Check that the right file was chosen and that it was saved completely.");

    public static ImportError TooLarge(string f, long size, long limit) => File(
        ImportErrorCodes.TooLarge,
        $"« {f} » pèse {Size(size, "fr")}, au-delà de la limite de {Size(limit, "fr")}. Retirez les feuilles inutiles (images, tableaux croisés) ou découpez le classeur.",
        $"“{f}” weighs {Size(size, "en")}, over the {Size(limit, "en")} limit. Remove unneeded sheets (pictures, pivot tables) or split the workbook.");

    /// <summary>For a stream read until it passed the limit: its full size is unknown.</summary>
    public static ImportError TooLarge(string f, long limit) => File(
        ImportErrorCodes.TooLarge,
        $"« {f} » dépasse la limite de {Size(limit, "fr")}. Retirez les feuilles inutiles (images, tableaux croisés) ou découpez le classeur.",
        $"“{f}” is over the {Size(limit, "en")} limit. Remove unneeded sheets (pictures, pivot tables) or split the workbook.");

    public static ImportError LegacyXls(string f) => File(
        ImportErrorCodes.LegacyXls,
        $"« {f} » est un classeur Excel 97-2003 (.xls), format non pris en charge. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format « Classeur Excel (.xlsx) ».",
        $"“{f}” is an Excel 97-2003 workbook (.xls), which is not supported. Open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”.");

    public static ImportError Encrypted(string f) => File(
        ImportErrorCodes.Encrypted,
        $"« {f} » est protégé par un mot de passe (classeur chiffré) et ne peut pas être lu. Retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, laisser vide), enregistrez et déposez-le à nouveau.",
        $"“{f}” is password-protected (encrypted) and cannot be read. Remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and upload it again.");

    public static ImportError Pdf(string f) => File(
        ImportErrorCodes.Pdf,
        $"« {f} » est un PDF, pas un classeur Excel. Déposez le fichier .xlsx d'origine.",
        $"“{f}” is a PDF, not an Excel workbook. Upload the original .xlsx file.");

    /// <summary>An OpenDocument spreadsheet under an .xlsx (or other workbook) name.</summary>
    public static ImportError Ods(string f) => File(
        ImportErrorCodes.Ods,
        $"« {f} » est un classeur OpenDocument (.ods), pas un classeur Excel (.xlsx), malgré son nom. Renommez-le en .ods et déposez-le à nouveau : les deux formats sont acceptés.",
        $"“{f}” is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx), whatever its name says. Rename it to .ods and upload it again: both formats are accepted.");

    public static ImportError OdsNamedAsText(string f) => File(
        ImportErrorCodes.WrongExtension,
        $"« {f} » est un classeur OpenDocument (.ods), pas un fichier CSV, malgré son nom. Renommez-le en .ods et déposez-le à nouveau.",
        $"“{f}” is an OpenDocument spreadsheet (.ods), not a CSV file, whatever its name says. Rename it to .ods and upload it again.");

    public static ImportError XlsxNamedAsOds(string f) => File(
        ImportErrorCodes.WrongExtension,
        $"« {f} » est un classeur Excel (.xlsx), pas un classeur OpenDocument (.ods), malgré son nom. Renommez-le en .xlsx et déposez-le à nouveau.",
        $"“{f}” is an Excel workbook (.xlsx), not an OpenDocument spreadsheet (.ods), whatever its name says. Rename it to .xlsx and upload it again.");

    public static ImportError TextNamedAsOds(string f) => File(
        ImportErrorCodes.Text,
        $"« {f} » est un fichier texte (CSV ?), pas un classeur OpenDocument (.ods), malgré son nom. Renommez-le en .csv s'il s'agit d'un export CSV, ou ouvrez-le dans LibreOffice et enregistrez-le au format « Classeur ODF (.ods) ».",
        $"“{f}” is a text file (CSV?), not an OpenDocument spreadsheet (.ods), whatever its name says. Rename it to .csv if it is a CSV export, or open it in LibreOffice and save it as “ODF Spreadsheet (.ods)”.");

    public static ImportError NotOds(string f) => File(
        ImportErrorCodes.NotZip,
        $"« {f} » n'est pas un classeur OpenDocument (.ods) : format de fichier non reconnu.",
        $"“{f}” is not an OpenDocument spreadsheet (.ods): unrecognised file format.");

    /// <summary>A zip with an OpenDocument type that is not a spreadsheet (a text document, a presentation), or none.</summary>
    public static ImportError NotOdsSpreadsheet(string f, string? type) => File(
        ImportErrorCodes.NotWorkbook,
        $"« {f} » est une archive zip mais pas un classeur OpenDocument{(string.IsNullOrEmpty(type) ? " (pas de partie content.xml)" : $" (type « {type} »)")} : un document texte ou une présentation renommés ?",
        $"“{f}” is a zip archive but not an OpenDocument spreadsheet{(string.IsNullOrEmpty(type) ? " (no content.xml part)" : $" (type “{type}”)")}: a renamed text document or presentation?");

    public static ImportError EncryptedOds(string f) => File(
        ImportErrorCodes.Encrypted,
        $"« {f} » est protégé par un mot de passe (classeur chiffré) et ne peut pas être lu. Dans LibreOffice : Fichier > Enregistrer sous, décochez « Enregistrer avec mot de passe », puis déposez-le à nouveau.",
        $"“{f}” is password-protected (encrypted) and cannot be read. In LibreOffice: File > Save As, untick “Save with password”, then upload it again.");

    public static ImportError Xlsb(string f) => File(
        ImportErrorCodes.Xlsb,
        $"« {f} » est un classeur binaire Excel (.xlsb), format non pris en charge. Enregistrez-le au format « Classeur Excel (.xlsx) ».",
        $"“{f}” is an Excel binary workbook (.xlsb), which is not supported. Save it as “Excel Workbook (.xlsx)”.");

    public static ImportError Csv(string f) => File(
        ImportErrorCodes.Text,
        $"« {f} » est un fichier texte (CSV ?), pas un classeur Excel, malgré son nom. Renommez-le en .csv s'il s'agit d'un export CSV, ou ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».",
        $"“{f}” is a text file (CSV?), not an Excel workbook, whatever its name says. Rename it to .csv if it is a CSV export, or open it in Excel and save it as “Excel Workbook (.xlsx)”.");

    public static ImportError WorkbookNamedAsText(string f) => File(
        ImportErrorCodes.WrongExtension,
        $"« {f} » est un classeur Excel (.xlsx), pas un fichier CSV, malgré son nom. Renommez-le en .xlsx et déposez-le à nouveau.",
        $"“{f}” is an Excel workbook (.xlsx), not a CSV file, whatever its name says. Rename it to .xlsx and upload it again.");

    /// <summary>A file named .csv holding bytes no text has; <paramref name="line"/> is where the first one is, if known.</summary>
    public static ImportError NotText(string f, int? line) => File(
        ImportErrorCodes.NotText,
        $"« {f} » n'est pas un fichier texte{(line is { } l ? $" : il contient des octets binaires (ligne {Count(l, "fr")})" : "")}. Un fichier CSV ne contient que du texte : exportez de nouveau le relevé au format CSV, ou déposez le classeur .xlsx.",
        $"“{f}” is not a text file{(line is { } n ? $": it holds binary bytes (line {Count(n, "en")})" : "")}. A CSV file holds only text: export the figures as CSV again, or upload the .xlsx workbook.");

    public static ImportError Html(string f) => File(
        ImportErrorCodes.Text,
        $"« {f} » est une page web (HTML) enregistrée sous un nom de classeur. Ouvrez-la dans Excel et enregistrez-la au format « Classeur Excel (.xlsx) ».",
        $"“{f}” is a web page (HTML) saved under a workbook name. Open it in Excel and save it as “Excel Workbook (.xlsx)”.");

    public static ImportError Unknown(string f) => File(
        ImportErrorCodes.NotZip,
        $"« {f} » n'est pas un classeur Excel (.xlsx) : format de fichier non reconnu.",
        $"“{f}” is not an Excel workbook (.xlsx): unrecognised file format.");

    public static ImportError Corrupt(string f) => File(
        ImportErrorCodes.Corrupt,
        $"« {f} » est endommagé ou incomplet (archive illisible : envoi interrompu ?). Ouvrez-le dans Excel, enregistrez-le à nouveau et déposez-le.",
        $"“{f}” is damaged or incomplete (unreadable archive: interrupted upload?). Open it in Excel, save it again and upload it.");

    public static ImportError TooManyEntries(string f, int count, int limit) => File(
        ImportErrorCodes.TooManyEntries,
        $"« {f} » contient {Count(count, "fr")} parties internes (limite : {Count(limit, "fr")}) : ce n'est pas un classeur ordinaire, fichier refusé par sécurité.",
        $"“{f}” holds {Count(count, "en")} internal parts (limit: {Count(limit, "en")}): not an ordinary workbook, rejected for safety.");

    public static ImportError TooBigUncompressed(string f, long limit) => File(
        ImportErrorCodes.TooBigUncompressed,
        $"« {f} » occupe plus de {Size(limit, "fr")} une fois décompressé (limite de sécurité) : classeur trop volumineux ou fichier piégé (« bombe zip »).",
        $"“{f}” takes more than {Size(limit, "en")} once decompressed (safety limit): workbook too large or a booby-trapped file (“zip bomb”).");

    public static ImportError UnsafeEntryName(string f, string name) => File(
        ImportErrorCodes.UnsafeEntryName,
        $"« {f} » contient un chemin interne suspect (« {name} ») : fichier refusé par sécurité.",
        $"“{f}” holds a suspicious internal path (“{name}”): rejected for safety.");

    public static ImportError Doctype(string f, string part) => File(
        ImportErrorCodes.Doctype,
        $"« {f} » contient une déclaration DOCTYPE (partie {part}), ce qu'Excel n'écrit jamais : fichier refusé par sécurité (entités XML).",
        $"“{f}” holds a DOCTYPE declaration (part {part}), which Excel never writes: rejected for safety (XML entities).");

    public static ImportError Strict(string f) => File(
        ImportErrorCodes.StrictOoxml,
        $"« {f} » est enregistré au format « Feuille de calcul Open XML Strict », non pris en charge. Enregistrez-le au format « Classeur Excel (.xlsx) ».",
        $"“{f}” is saved as “Strict Open XML Spreadsheet”, which is not supported. Save it as “Excel Workbook (.xlsx)”.");

    public static ImportError NotWorkbook(string f) => File(
        ImportErrorCodes.NotWorkbook,
        $"« {f} » est une archive zip mais pas un classeur Excel (pas de partie classeur) : un document Word ou PowerPoint renommé ?",
        $"“{f}” is a zip archive but not an Excel workbook (no workbook part): a renamed Word or PowerPoint document?");
}
