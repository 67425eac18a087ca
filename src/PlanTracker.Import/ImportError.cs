namespace PlanTracker.Import;

/// <summary>
/// One problem found in an uploaded workbook. File-level problems have no sheet or row; sheet-level ones no row;
/// cell-level ones carry the Excel row number, column letter, the header as written in the file and the value found
/// (a CSV file's cell has its line number and header, no letter).
/// <see cref="Code"/> is stable (see <see cref="ImportErrorCodes"/>); messages are French first, English available.
/// </summary>
public sealed record ImportError(
    string Code,
    string? Sheet,
    int? Row,
    string? Column,
    string? Header,
    string? Value,
    string MessageFr,
    string MessageEn)
{
    public string Message(string lang) => lang == "en" ? MessageEn : MessageFr;

    /// <summary>"F12" when the error is about one cell, else null.</summary>
    public string? Cell => Column is not null && Row is not null ? $"{Column}{Row}" : null;

    /// <summary>
    /// The whole sentence an officer reads, e.g.
    /// « Emplois!F12 (Emplois créés) : « 12,5 » n'est pas un nombre entier. Attendu : un nombre entier d'emplois ≥ 0. »,
    /// or for a CSV file « emplois.csv, ligne 12, colonne « ETP » : … ».
    /// </summary>
    public string Describe(string lang)
    {
        var separator = lang == "en" ? ": " : " : ";
        var header = Header is null ? "" : $" ({Header})";
        return (Sheet, Row, Cell) switch
        {
            (not null, _, not null) => $"{Sheet}!{Cell}{header}{separator}{Message(lang)}",
            // A CSV file has no column letters: the officer finds the cell by its line and its header.
            (not null, not null, null) when Header is not null =>
                $"{Sheet}, {(lang == "en" ? "line" : "ligne")} {Row}, {(lang == "en" ? $"column “{Header}”" : $"colonne « {Header} »")}{separator}{Message(lang)}",
            (not null, not null, null) => $"{Sheet}, {(lang == "en" ? "row" : "ligne")} {Row}{separator}{Message(lang)}",
            (not null, null, null) => $"{Sheet}{separator}{Message(lang)}",
            _ => Message(lang),
        };
    }

    public override string ToString() => Describe("fr");
}
