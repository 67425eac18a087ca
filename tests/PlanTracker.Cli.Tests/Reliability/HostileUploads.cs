using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// The light hostile uploads <c>plantracker import</c> answers end to end (in-process): one of each kind the reader
/// refuses or accepts, the files the command refuses before reading them, hostile file names, and --annotate on what
/// crashes ClosedXML. The verdict on every hostile file is tested on the parser itself, in PlanTracker.Import.Tests.
/// </summary>
public static class HostileUploads
{
    public static IEnumerable<HostileCase> All() => Kinds().Concat(OpenDocument()).Concat(Names()).Concat(ClosedXmlTraps());

    /// <summary>Hand-built .ods files: each refused (or, for trailing empty rows, read) end to end, nothing else stored.</summary>
    private static IEnumerable<HostileCase> OpenDocument()
    {
        yield return new HostileCase(".ods: billion laughs in content.xml", 1, "DOCTYPE (partie content.xml)")
        {
            FileName = "rires.ods",
            Bytes = () => RawOds.Package(RawOds.Content(RawOds.Table("Emplois", RawOds.JobsHeader(), RawOds.JobsLine()), Laughs)),
        };
        yield return new HostileCase(".ods: a million repeated empty rows after the lines", 0, "importé")
        {
            FileName = "vide.ods",
            JobsAdded = 6,
            Bytes = () => RawOds.Build(RawOds.Table("Emplois", RawOds.JobsHeader(), RawOds.JobsLine(Sirets.Numbered(1)), RawOds.JobsLine(Sirets.Numbered(2)),
                RawOds.RepeatedRow(1_000_000, RawOds.Empty(1024)))),
        };
        yield return new HostileCase(".ods: a filled row repeated past the last row", 1, "dépassent la ligne 1\u00a0048\u00a0576")
        {
            FileName = "milliard.ods",
            Bytes = () => RawOds.Build(RawOds.Table("Emplois", RawOds.JobsHeader(), RawOds.RepeatedRow(2_000_000_000, RawOds.JobsCells()))),
        };
        yield return new HostileCase(".ods that is an .xlsx", 1, "est un classeur Excel (.xlsx), pas un classeur OpenDocument (.ods)")
        {
            FileName = "releve.ods",
            Bytes = () => Valid().Build(),
        };
    }

    /// <summary>One of each kind of file the reader refuses or accepts, for the exit code, the message and the figures.</summary>
    private static IEnumerable<HostileCase> Kinds()
    {
        yield return new HostileCase("XXE (file:///etc/passwd) in the sheet", 1, "DOCTYPE (partie xl/worksheets/sheet1.xml)")
        {
            Bytes = () => WithDoctype("xl/worksheets/sheet1.xml", ExternalEntity, "&xxe;"),
        };
        yield return new HostileCase("entry name ../../evil.xml", 1, "chemin interne suspect")
        {
            Bytes = () => Valid().Add("../../evil.xml", "<a/>").Build(),
        };
        yield return new HostileCase("empty file", 1, "est vide (0 octet)") { Bytes = () => [] };
        yield return new HostileCase("20 MB and one byte on disk (refused before it is read)", 2, "la limite est de 20 Mo")
        {
            Write = path =>
            {
                using var file = File.Create(path);
                file.SetLength(20L * 1024 * 1024 + 1);
            },
        };
        yield return new HostileCase("a folder named like a workbook", 2, "fichier introuvable") { Write = path => Directory.CreateDirectory(path) };
        yield return new HostileCase("truncated workbook (first half)", 1, "endommagé ou incomplet") { Bytes = () => Valid().Build()[..(Valid().Build().Length / 2)] };
        yield return new HostileCase("malformed sheet XML", 1, "n'est pas du XML valide")
        {
            Bytes = () => Valid().Replace("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1"><v>1</c></row>""").Build(),
        };
        yield return new HostileCase("data beside the table in column XFD", 0, "importé")
        {
            JobsAdded = 6,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                JobsLine(2, siret: Sirets.Numbered(2), replace: ('Z', Inline("XFD2", "note en XFD"))),
                JobsLine(3, siret: Sirets.Numbered(3))).Build(),
        };
        yield return new HostileCase("#REF! in Emplois créés", 1, "erreur de calcul (#REF!)")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Error("F2", "#REF!")))).Build(),
        };
        yield return new HostileCase("1904 date system: quarter given as a date cell", 0, "importé")
        {
            JobsAdded = 3,
            // 15/02/2025 in the 1904 system; read as 1900 it would be 2029 (a future quarter, rejected).
            Bytes = () => new RawWorkbook { Date1904 = true }.Sheet("Emplois", JobsHeader(),
                JobsLine(2, replace: ('A', Number("A2", (new DateOnly(2025, 2, 15).DayNumber - new DateOnly(1904, 1, 1).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), DateStyle)))).Build(),
        };
        yield return new HostileCase("1,000,000-character comment in a shared string", 1, "texte d'au moins 32\u00a0768 caractères, au-delà de 1\u00a0000")
        {
            MaxErrorLength = 5_000,
            Bytes = () => new RawWorkbook().SharedString($"<t>{new string('x', 1_000_000)}</t>")
                .Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('I', """<c r="I2" t="s"><v>0</v></c>"""))).Build(),
        };
    }

    private static IEnumerable<HostileCase> Names()
    {
        yield return new HostileCase("file name with ..\\ segments (a valid workbook)", 0, "importé")
        {
            FileName = "..\\..\\..\\tmp\\evil.xlsx",
            JobsAdded = 6,
            Bytes = () => Valid().Build(),
        };
        yield return new HostileCase("file name with a right-to-left override (a PDF)", 1, "est un PDF")
        {
            FileName = "facture\u202Exslx.pdf",
            Bytes = () => "%PDF-1.4\n"u8.ToArray(),
        };
        yield return new HostileCase("file name with a terminal escape sequence (a CSV)", 1, "fichier texte")
        {
            FileName = "rapport\u001b[2J.xlsx",
            Bytes = () => "a;b\r\n1;2\r\n"u8.ToArray(),
        };
    }

    /// <summary>What crashes ClosedXML: the import streams past it, and --annotate (which uses ClosedXML) must fail soft.</summary>
    private static IEnumerable<HostileCase> ClosedXmlTraps()
    {
        yield return new HostileCase("LibreOffice-style file with comments (VML)", 0, "importé")
        {
            JobsAdded = 6,
            Bytes = () => WithComments(JobsLine(3, siret: Sirets.Numbered(3))),
        };
        yield return new HostileCase("LibreOffice-style file with comments, a faulty cell and --annotate", 1, "refusé, 1 erreur(s)")
        {
            ExtraArgs = ["--annotate", "annote.xlsx"],
            Bytes = () => WithComments(JobsLine(3, siret: Sirets.Numbered(3), replace: ('D', Inline("D3", "Paris")))),
        };
        yield return new HostileCase("malformed hyperlinks", 0, "importé")
        {
            JobsAdded = 6,
            Bytes = () => WithHyperlinks(JobsLine(3, siret: Sirets.Numbered(3))),
        };
        yield return new HostileCase("malformed hyperlinks, a faulty cell and --annotate", 1, "refusé, 1 erreur(s)")
        {
            ExtraArgs = ["--annotate", "annote.xlsx"],
            Bytes = () => WithHyperlinks(JobsLine(3, siret: Sirets.Numbered(3), replace: ('D', Inline("D3", "Paris")))),
        };
        yield return new HostileCase("Strict OOXML with --annotate", 1, "pas de copie annotée")
        {
            ExtraArgs = ["--annotate", "annote.xlsx"],
            Bytes = () => Valid().Replace("xl/workbook.xml", StrictWorkbookXml).Build(),
        };
    }
}
