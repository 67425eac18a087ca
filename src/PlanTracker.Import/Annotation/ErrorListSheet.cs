using ClosedXML.Excel;

namespace PlanTracker.Import.Annotation;

/// <summary>The annotated copy's first sheet: every error in one list, including those no cell can carry.</summary>
internal static class ErrorListSheet
{
    public static void Add(XLWorkbook workbook, IReadOnlyList<ImportError> errors, string lang)
    {
        var name = UniqueName(workbook, lang == "en" ? "Import errors" : "Erreurs d'import");
        var sheet = workbook.Worksheets.Add(name, 1);
        string[] headers = lang == "en"
            ? ["Sheet", "Cell", "Header", "Value found", "Error"]
            : ["Feuille", "Cellule", "En-tête", "Valeur trouvée", "Erreur"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var error in errors)
        {
            // SetValue<string>: a value such as "01234" or "TRUE" must stay the text it was.
            sheet.Cell(row, 1).SetValue(error.Sheet ?? "");
            sheet.Cell(row, 2).SetValue(error.Cell ?? (error.Row is { } r ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""));
            sheet.Cell(row, 3).SetValue(error.Header ?? "");
            sheet.Cell(row, 4).SetValue(error.Value ?? "");
            sheet.Cell(row, 5).SetValue(error.Message(lang));
            row++;
        }

        // Widths by hand: AdjustToContents needs libgdiplus.
        double[] widths = [18, 10, 22, 24, 110];
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Column(5).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
        foreach (var other in workbook.Worksheets)
        {
            other.TabSelected = false;
            other.TabActive = false;
        }

        sheet.TabSelected = true;
        sheet.SetTabActive();
    }

    private static string UniqueName(XLWorkbook workbook, string wanted)
    {
        var name = wanted;
        for (var i = 2; workbook.Worksheets.Contains(name); i++)
        {
            name = $"{wanted} ({i})";
        }

        return name;
    }
}
