using System.Text;

namespace PlanTracker.Cli;

/// <summary>A plain aligned table for the terminal: first column left-aligned, the others right-aligned.</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string[]> rows)
    {
        var text = new StringBuilder();
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
        }

        return text.ToString();
    }
}
