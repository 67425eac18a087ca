namespace PlanTracker.Reporting.Exports;

/// <summary>
/// Formula injection (CSV injection): a text such as <c>=HYPERLINK("http://…")</c> or <c>+cmd|…</c> typed into a
/// structure's name or comment must not run when an analyst opens the export. One rule for both formats: a text
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is neutralised. In xlsx such text is
/// only ever a string cell (never a formula, never a guessed number or date) with the quote prefix, so that editing it in
/// Excel keeps it text; the value stays exactly what was typed (<see cref="XlsxStyles.Text"/>).
/// </summary>
public static class FormulaGuard
{
    public static bool IsRisky(string? text) => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// For CSV: a leading apostrophe, which Excel and LibreOffice read as "this is text" (and hide in Excel). The
    /// value changes visibly in other readers; that is the accepted price (OWASP's recommendation).
    /// </summary>
    public static string ForCsv(string? text) => IsRisky(text) ? "'" + text : text ?? "";
}
