using System.Globalization;
using PlanTracker.Core.Periods;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Validation;

/// <summary>Cell values as text: for fields that are text (a SIRET typed as a number), and for quoting in messages.</summary>
internal static class CellText
{
    private const int QuoteLength = 100;

    /// <summary>The text a text field gets from any cell: numbers in invariant digits, dates as dd/MM/yyyy.</summary>
    public static string AsText(CellValue value, bool date1904) => value.Kind switch
    {
        CellKind.Text => value.Text,
        CellKind.Number when value.IsDate && PlanDates.TryFromExcelSerial(value.Number, date1904, out var date) =>
            date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        // The raw <v> text keeps all 14 digits of a SIRET typed as a number.
        CellKind.Number when AllAsciiDigits(value.Text) => value.Text,
        CellKind.Number when NumberText.TryFromDouble(value.Number, out var d) => d.ToString(CultureInfo.InvariantCulture),
        CellKind.Boolean => value.Text == "1" ? "VRAI" : "FAUX",
        _ => value.Text,
    };

    // Enumerable.All over a string, without the enumerator it allocates: asked of every number cell read as text.
    private static bool AllAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value as the officer sees it in a French Excel ("12,5", "31/03/2025", "#REF!"), cut when very long.</summary>
    public static string Display(CellValue value, bool date1904)
    {
        var text = value.Kind == CellKind.Number && !value.IsDate && NumberText.TryFromDouble(value.Number, out var d)
            ? NumberText.Format(d, "fr")
            : AsText(value, date1904);
        return text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
    }
}
