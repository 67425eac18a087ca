using System.Globalization;
using System.Text.Json;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Cli.Lines;

/// <summary>The lines of <c>plantracker lines</c> as a terminal table with its total line, or as JSON (docs/cli.md).</summary>
public static class LinesOutput
{
    private static readonly JsonSerializerOptions Indented =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The figure (<c>total</c>) first, then every line; numbers invariant, moments in UTC.</summary>
    public static string Json(LineFilter filter, LineTotals totals, IReadOnlyList<DetailedLine> lines)
    {
        var jobs = filter.Indicator == Indicator.Jobs;
        return JsonSerializer.Serialize(
                   new
                   {
                       indicator = filter.Indicator.Code(),
                       asOf = filter.AsOf.ToString(),
                       quarter = filter.Quarter?.ToString(),
                       axis = filter.Axis,
                       commune = filter.Commune,
                       count = totals.Count,
                       total = jobs ? totals.Jobs : totals.Count,
                       jobs = totals.Jobs,
                       fte = jobs ? totals.Fte : null,
                       lines = lines.Select(l => new
                       {
                           quarter = l.Quarter.ToString(),
                           siret = l.Siret,
                           name = l.Name,
                           commune = l.Commune.Name,
                           axis = l.Axis.Code,
                           contractType = l.ContractType?.Code(),
                           legalForm = l.LegalForm?.Code(),
                           jobs = l.Jobs,
                           fte = l.Fte,
                           creationDate = l.CreationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                           origin = l.Origin?.Code(),
                           cessationDate = l.CessationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                           comment = l.Comment,
                           batch = l.BatchId,
                           file = l.FileName,
                           sheet = l.SourceSheet,
                           row = l.SourceRow,
                           importedAtUtc = l.ImportedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                           importedBy = l.ImportedBy,
                       }),
                   },
                   Indented)
               + Environment.NewLine;
    }

    public static string Table(LineFilter filter, LineTotals totals, IReadOnlyList<DetailedLine> lines, string lang)
    {
        var en = lang == "en";
        var jobs = filter.Indicator == Indicator.Jobs;
        var header = jobs
            ? en ? new[] { "Quarter", "Structure", "SIRET", "Commune", "Axis", "Contract", "Jobs", "FTE", "Batch", "File", "Sheet", "Row", "Imported (UTC)", "By" }
                 : new[] { "Trimestre", "Structure", "SIRET", "Commune", "Axe", "Contrat", "Emplois", "ETP", "Lot", "Fichier", "Feuille", "Ligne", "Importé (UTC)", "Par" }
            : en ? new[] { "Quarter", "Cooperative", "SIRET", "Commune", "Axis", "Legal form", "Created", "Jobs", "Batch", "File", "Sheet", "Row", "Imported (UTC)", "By" }
                 : new[] { "Trimestre", "Coopérative", "SIRET", "Commune", "Axe", "Forme juridique", "Créée le", "Emplois", "Lot", "Fichier", "Feuille", "Ligne", "Importé (UTC)", "Par" };
        var rows = new List<string[]> { header };
        rows.AddRange(lines.Select(l => new[]
        {
            l.Quarter.ToString(),
            l.Name,
            l.Siret ?? "",
            l.Commune.Name,
            l.Axis.Code.ToString(CultureInfo.InvariantCulture),
            jobs ? l.ContractType?.Label(lang) ?? "" : l.LegalForm?.Label(lang) ?? "",
            jobs ? Fte(l.Jobs, l.Fte, lang).Jobs : l.CreationDate is { } d ? Display.Date(d, lang) : "",
            jobs ? Fte(l.Jobs, l.Fte, lang).Fte : l.Jobs is { } j ? Display.Number((decimal)j, 0, lang) : "",
            l.BatchId.ToString(CultureInfo.InvariantCulture),
            l.FileName,
            l.SourceSheet,
            l.SourceRow.ToString(CultureInfo.InvariantCulture),
            l.ImportedAt is { } at ? Display.DateTime(at, lang) : "",
            l.ImportedBy ?? "",
        }));
        var total = new string[header.Length];
        Array.Fill(total, "");
        total[0] = "Total";
        total[1] = en ? $"{Display.Number((decimal)totals.Count, 0, lang)} line(s)" : $"{Display.Number((decimal)totals.Count, 0, lang)} ligne(s)";
        if (jobs)
        {
            (total[6], total[7]) = Fte((int)totals.Jobs, totals.Fte, lang);
        }
        else
        {
            total[6] = en ? $"{Display.Number((decimal)totals.Count, 0, lang)} cooperative(s)" : $"{Display.Number((decimal)totals.Count, 0, lang)} coopérative(s)";
        }

        rows.Add(total);
        var scope = Scope(filter, en);
        return scope + Environment.NewLine + TextTable.Render(rows);
    }

    private static (string Jobs, string Fte) Fte(int? jobs, decimal? fte, string lang) =>
        (jobs is { } j ? Display.Number((decimal)j, 0, lang) : "", fte is { } f ? Display.Number(f, 1, lang) : "");

    private static string Scope(LineFilter filter, bool en)
    {
        var parts = new List<string> { filter.Indicator.Label(en ? "en" : "fr"), en ? $"as of {filter.AsOf}" : $"au {filter.AsOf}" };
        if (filter.Quarter is { } q)
        {
            parts.Add(en ? $"quarter {q} only" : $"trimestre {q} seul");
        }

        if (filter.Axis is { } a)
        {
            parts.Add(en ? $"axis {a}" : $"axe {a}");
        }

        if (filter.Commune is { } c)
        {
            parts.Add(c);
        }

        return string.Join(" — ", parts);
    }
}
