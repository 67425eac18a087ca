using System.IO.Compression;
using System.Text;
using PlanTracker.Cli.Tests.Reliability.Workbooks;
using static PlanTracker.Cli.Tests.Reliability.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>The light hostile uploads: each made in memory in a few milliseconds and imported in-process.</summary>
public static class HostileUploads
{
    private static readonly string[] XmlParts =
    [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
    ];

    public static IEnumerable<HostileCase> All() =>
        EntityAttacks().Concat(ZipStructure()).Concat(OtherFormats()).Concat(BrokenInside()).Concat(Layout()).Concat(Cells())
            .Concat(Names()).Concat(ClosedXmlTraps());

    /// <summary>XXE and entity expansion in each XML part, plus the ways around a naive DOCTYPE search.</summary>
    private static IEnumerable<HostileCase> EntityAttacks()
    {
        foreach (var part in XmlParts)
        {
            yield return new HostileCase($"XXE (file:///etc/passwd) in {part}", 1, $"DOCTYPE (partie {part})")
            {
                Bytes = () => WithDoctype(part, """<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""", "&xxe;"),
            };
            yield return new HostileCase($"billion laughs in {part}", 1, $"DOCTYPE (partie {part})")
            {
                Bytes = () => WithDoctype(part, Laughs, "&l9;"),
            };
        }

        yield return new HostileCase("parameter entity fetching a remote DTD in the sheet", 1, "DOCTYPE")
        {
            Bytes = () => WithDoctype("xl/worksheets/sheet1.xml", """<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>""", null),
        };
        yield return new HostileCase("DOCTYPE in a UTF-16 sharedStrings part", 1, "DOCTYPE")
        {
            Bytes = () => Valid().Replace("xl/sharedStrings.xml", [.. Encoding.Unicode.GetPreamble(),
                .. Encoding.Unicode.GetBytes($"""<?xml version="1.0" encoding="UTF-16"?>{Laughs}<sst xmlns="{Main}"><si><t>&l9;</t></si></sst>""")]).Build(),
        };
        yield return new HostileCase("DOCTYPE in a sheet part not named .xml (reader refuses DTDs itself)", 1, "n'est pas du XML valide")
        {
            Bytes = () => Valid()
                .Replace("xl/_rels/workbook.xml.rels", WorkbookRels("worksheets/sheet1.bin"))
                .Replace("xl/worksheets/sheet1.bin", $"""<?xml version="1.0"?>{Laughs}<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>""")
                .Build(),
        };
        yield return new HostileCase("DOCTYPE in a UTF-32 sheet part (not searched for: the reader refuses it)", 1, "endommagé")
        {
            Bytes = () => Valid().Replace("xl/worksheets/sheet1.xml", [.. new UTF32Encoding(false, true).GetPreamble(),
                .. new UTF32Encoding(false, true).GetBytes($"""<?xml version="1.0" encoding="UTF-32"?>{Laughs}<worksheet xmlns="{Main}"><sheetData/></worksheet>""")]).Build(),
        };
        yield return new HostileCase("second entry of the same name carries a DOCTYPE", 1, "DOCTYPE")
        {
            Bytes = () => Valid().Add("xl/worksheets/sheet1.xml", $"""<?xml version="1.0"?>{Laughs}<worksheet xmlns="{Main}"/>""").Build(),
        };
    }

    private static IEnumerable<HostileCase> ZipStructure()
    {
        yield return new HostileCase("10,001 zip entries", 1, "parties internes")
        {
            Bytes = () => Zip(Valid().Parts().Concat(Enumerable.Range(0, 10_001 - Valid().Parts().Count).Select(i => ($"customXml/item{i}.xml", "<a/>"u8.ToArray())))),
        };
        foreach (var name in new[] { "../../evil.xml", "xl/../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil.xml", "..\\..\\evil.xml", "xl/worksheets/\0.xml" })
        {
            yield return new HostileCase($"entry name {name.Replace("\0", "\\0", StringComparison.Ordinal)}", 1, "chemin interne suspect")
            {
                Bytes = () => Valid().Add(name, "<a/>").Build(),
            };
        }

        yield return new HostileCase("entry declaring a smaller size than it holds", 1, "endommagé")
        {
            Bytes = () => LyingZip.DeclareSmallSizes(Valid().Build(), "xl/worksheets/sheet1.xml", 100),
        };
    }

    private static IEnumerable<HostileCase> OtherFormats()
    {
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
        yield return new HostileCase("truncated to the zip signature", 1, "endommagé ou incomplet") { Bytes = () => "PK\u0003\u0004"u8.ToArray() };
        yield return new HostileCase("PDF named .xlsx", 1, "est un PDF") { Bytes = () => "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray() };
        yield return new HostileCase("encrypted workbook (OLE with EncryptionInfo)", 1, "protégé par un mot de passe") { Bytes = CompoundFile.EncryptedWorkbook };
        yield return new HostileCase("Excel 97-2003 .xls", 1, "Excel 97-2003") { FileName = "ancien.xls", Bytes = CompoundFile.LegacyXls };
        yield return new HostileCase("OpenDocument .ods", 1, "OpenDocument")
        {
            FileName = "calc.ods",
            Bytes = () => Zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()), ("content.xml", "<office:document-content/>"u8.ToArray())]),
        };
        yield return new HostileCase("CSV", 1, "fichier texte (CSV ?)")
        {
            FileName = "emplois.csv",
            Bytes = () => Encoding.UTF8.GetBytes($"Trimestre;SIRET;Structure;Commune;Axe;Emplois créés\r\n2025-T1;{Sirets.A};Régie;Sevran;1;3\r\n"),
        };
        yield return new HostileCase("UTF-16 text export", 1, "fichier texte")
        {
            Bytes = () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Trimestre\tSIRET\r\n2025-T1\t1\r\n")],
        };
        yield return new HostileCase("HTML page saved as .xls", 1, "page web") { FileName = "export.xls", Bytes = () => "<html><body><table><tr><td>1</td></tr></table></body></html>"u8.ToArray() };
        yield return new HostileCase("binary .xlsb", 1, "binaire") { Bytes = () => Zip([("xl/workbook.bin", new byte[64]), ("[Content_Types].xml", "<Types/>"u8.ToArray())]) };
        yield return new HostileCase("Word document renamed .xlsx", 1, "pas un classeur Excel") { Bytes = () => Zip([("word/document.xml", "<w:document/>"u8.ToArray())]) };
        yield return new HostileCase("random bytes", 1, "format de fichier non reconnu")
        {
            Bytes = () =>
            {
                var bytes = new byte[4096];
                new Random(8).NextBytes(bytes);
                bytes[0] = 0;
                return bytes;
            },
        };
    }

    private static IEnumerable<HostileCase> BrokenInside()
    {
        yield return new HostileCase("malformed sheet XML", 1, "n'est pas du XML valide")
        {
            Bytes = () => Valid().Replace("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1"><v>1</c></row>""").Build(),
        };
        yield return new HostileCase("shared string index out of range", 1, "texte partagé n° 99")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', """<c r="C2" t="s"><v>99</v></c>"""))).Build(),
        };
        yield return new HostileCase("sheet relationship to a missing part", 1, "partie manquante")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("worksheets/absent.xml")).Build(),
        };
        yield return new HostileCase("sheet relationship escaping the package", 1, "partie manquante")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("../../../../../etc/passwd")).Build(),
        };
        yield return new HostileCase("sheet relationship to a remote URL (never fetched)", 1, "Feuilles trouvées : « Emplois »")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("http://127.0.0.1:9/sheet.xml\" TargetMode=\"External")).Build(),
        };
        yield return new HostileCase("character reference to U+0001 (not XML 1.0)", 1, "n'est pas du XML valide")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R&#x1;gie")))).Build(),
        };
        yield return new HostileCase("raw NUL byte inside the sheet XML", 1, "n'est pas du XML valide")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R\0gie")))).Build(),
        };
    }

    private static IEnumerable<HostileCase> Layout()
    {
        yield return new HostileCase("Strict OOXML", 1, "Open XML Strict")
        {
            Bytes = () => Valid().Replace("xl/workbook.xml",
                """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="Emplois" sheetId="1" r:id="rId1"/></sheets></workbook>""").Build(),
        };
        yield return new HostileCase("500 sheets, none of them known", 1, "Feuilles trouvées")
        {
            Bytes = () =>
            {
                var workbook = new RawWorkbook();
                for (var i = 1; i <= 500; i++)
                {
                    workbook.Sheet($"Feuille {i}", Row(1, Inline("A1", "x")));
                }

                return workbook.Build();
            },
        };
        yield return new HostileCase("500 sheets, two of them jobs sheets", 1, "sont toutes deux")
        {
            Bytes = () =>
            {
                var workbook = new RawWorkbook();
                for (var i = 1; i <= 498; i++)
                {
                    workbook.Sheet($"Feuille {i}");
                }

                return workbook.Sheet("Emplois", JobsHeader(), JobsLine(2)).Sheet("Jobs", JobsHeader(), JobsLine(2)).Build();
            },
        };
        yield return new HostileCase("data beside the table in column XFD", 0, "importé")
        {
            JobsAdded = 6,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                JobsLine(2, siret: Sirets.Numbered(2), replace: ('Z', Inline("XFD2", "note en XFD"))),
                JobsLine(3, siret: Sirets.Numbered(3))).Build(),
        };
        yield return new HostileCase("a whole table in columns XEY:XFD", 0, "importé")
        {
            JobsAdded = 3,
            Bytes = () =>
            {
                string[] columns = ["XEY", "XEZ", "XFA", "XFB", "XFC", "XFD"];
                string[] values = ["2025-T1", Sirets.A, "Régie", "Sevran", "1", "3"];
                return new RawWorkbook().Sheet("Emplois",
                    Row(1, columns.Select((c, i) => Inline($"{c}1", JobsHeaders[i])).ToArray()),
                    Row(2, columns.Select((c, i) => Inline($"{c}2", values[i])).ToArray())).Build();
            },
        };
        yield return new HostileCase("a lone cell in XFD1048576 under a dimension of the whole grid", 1, "ligne d'en-têtes introuvable")
        {
            Bytes = () => new RawWorkbook().SheetXml("Emplois",
                $"""<worksheet xmlns="{Main}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>""").Build(),
        };
        yield return new HostileCase("absurd row and cell references", 1, "a 1 chiffres au lieu de 14")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                """<row r="99999999999"><c r="AAAAAAAAAAAAAAAAAAAA99999999999" t="inlineStr"><is><t>2025-T1</t></is></c><c r="-5"><v>1</v></c></row>""").Build(),
        };
        yield return new HostileCase("100,000 nested elements in one cell (read as the text they hold)", 0, "importé")
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                JobsLine(2, replace: ('C', $"""<c r="C2" t="inlineStr"><is>{string.Concat(Enumerable.Repeat("<r>", 100_000))}<t>x</t>{string.Concat(Enumerable.Repeat("</r>", 100_000))}</is></c>"""))).Build(),
        };
    }

    private static IEnumerable<HostileCase> Cells()
    {
        yield return new HostileCase("#REF! in Emplois créés", 1, "erreur de calcul (#REF!)")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Error("F2", "#REF!")))).Build(),
        };
        yield return new HostileCase("#DIV/0! in SIRET", 1, "erreur de calcul (#DIV/0!)")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('B', Error("B2", "#DIV/0!")))).Build(),
        };
        yield return new HostileCase("formula without a cached value", 1, "formule sans valeur calculée")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Formula("F2", "SUM(X1:X9)", null)))).Build(),
        };
        yield return new HostileCase("1904 date system: quarter given as a date cell", 0, "importé")
        {
            JobsAdded = 3,
            // 15/02/2025 in the 1904 system; read as 1900 it would be 2029 (a future quarter, rejected).
            Bytes = () => new RawWorkbook { Date1904 = true }.Sheet("Emplois", JobsHeader(),
                JobsLine(2, replace: ('A', Number("A2", (new DateOnly(2025, 2, 15).DayNumber - new DateOnly(1904, 1, 1).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), DateStyle)))).Build(),
        };
        yield return new HostileCase("jobs of 1E+400 (infinity)", 1, "« 1E+400 » n'est pas un nombre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Number("F2", "1E+400")))).Build(),
        };
        yield return new HostileCase("jobs of NaN", 1, "« NaN » n'est pas un nombre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Number("F2", "NaN")))).Build(),
        };
        yield return new HostileCase("quarter as a date serial past year 9999", 1, "« 99999999 » n'est pas un trimestre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('A', Number("A2", "99999999", DateStyle)))).Build(),
        };
        yield return new HostileCase("quarter as a negative date serial", 1, "« -1 » n'est pas un trimestre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('A', Number("A2", "-1", DateStyle)))).Build(),
        };
        yield return new HostileCase("32,767-character structure name", 1, "texte de 32\u00a0767 caractères, au-delà de 200")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, structure: new string('a', 32_767))).Build(),
        };
        yield return new HostileCase("1,000,000-character comment in a shared string", 1, "texte d'au moins 32\u00a0768 caractères, au-delà de 1\u00a0000")
        {
            MaxErrorLength = 5_000,
            Bytes = () => new RawWorkbook().SharedString($"<t>{new string('x', 1_000_000)}</t>")
                .Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('I', """<c r="I2" t="s"><v>0</v></c>"""))).Build(),
        };
        yield return new HostileCase("emoji in the structure name", 0, "importé")
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, structure: "Épicerie 🌱🧺 solidaire 👩🏽‍🌾")).Build(),
        };
        yield return new HostileCase("emoji for a commune", 1, "une des huit communes")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('D', Inline("D2", "🏙️")))).Build(),
        };
        yield return new HostileCase("control characters through _x0007_ escapes", 0, "importé")
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R_x0007_gie_x001B_[31m")))).Build(),
        };
        yield return new HostileCase("a lone surrogate through a _xD83D_ escape", 0, "importé")
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "Régie _xD83D_")))).Build(),
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
            Bytes = () => Valid().Replace("xl/workbook.xml",
                """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="Emplois" sheetId="1" r:id="rId1"/></sheets></workbook>""").Build(),
        };
    }

    // Ten levels of ten: 10^9 "a" if anything ever expanded it.
    private const string Laughs =
        """<!DOCTYPE x [<!ENTITY l0 "aaaaaaaaaa"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;"><!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;"><!ENTITY l4 "&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;"><!ENTITY l5 "&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;"><!ENTITY l6 "&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;"><!ENTITY l7 "&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;"><!ENTITY l8 "&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;"><!ENTITY l9 "&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;">]>""";

    private static RawWorkbook Valid() => new RawWorkbook().ValidJobs(2);

    private static string WorkbookRels(string sheetTarget) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{sheetTarget}"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>A valid workbook whose <paramref name="part"/> declares <paramref name="doctype"/> and, where text fits, uses the entity.</summary>
    private static byte[] WithDoctype(string part, string doctype, string? use)
    {
        var parts = Valid().Parts();
        var index = parts.FindIndex(p => p.Name == part);
        var xml = Encoding.UTF8.GetString(parts[index].Content);
        var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        xml = xml[..declarationEnd] + doctype + xml[declarationEnd..];
        if (use is not null && part == "xl/worksheets/sheet1.xml")
        {
            xml = xml.Replace("Régie de quartier", use, StringComparison.Ordinal);
        }

        parts[index] = (part, Encoding.UTF8.GetBytes(xml));
        return Zip(parts);
    }

    /// <summary>Comments as LibreOffice writes them: a comments part and a legacy VML drawing that is not well-formed XML.</summary>
    private static byte[] WithComments(string secondLine)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}" xmlns:r="{RelNs}"><sheetData>{JobsHeader()}{JobsLine(2, siret: Sirets.Numbered(2))}{secondLine}</sheetData><legacyDrawing r:id="rId2"/></worksheet>""";
        return Valid()
            .Replace("xl/worksheets/sheet1.xml", sheet)
            .Replace("xl/worksheets/_rels/sheet1.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>""")
            .Replace("xl/comments1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><comments xmlns="{Main}"><authors><author/></authors><commentList><comment ref="C2" authorId="0"><text><r><t>vu avec la structure</t></r></text></comment></commentList></comments>""")
            .Replace("xl/drawings/vmlDrawing1.vml", """<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="shape_0" type="#_x0000_t202" style="position:absolute;visibility:hidden"><v:fill o:detectmouseclick="t" type="solid" color2="#00ffff"/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 1, 2, 5, 31, 5, 1</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData><br></v:shape></xml>""")
            .Build();
    }

    private static byte[] WithHyperlinks(string secondLine)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}" xmlns:r="{RelNs}"><sheetData>{JobsHeader()}{JobsLine(2, siret: Sirets.Numbered(2))}{secondLine}</sheetData><hyperlinks><hyperlink ref="C2" r:id="rId1"/><hyperlink ref="C3" r:id="rId2"/><hyperlink ref="ZZZ" r:id="rId404"/></hyperlinks></worksheet>""";
        return Valid()
            .Replace("xl/worksheets/sheet1.xml", sheet)
            .Replace("xl/worksheets/_rels/sheet1.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:contact@régie quartier@@sevran" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://[::1" TargetMode="External"/></Relationships>""")
            .Build();
    }
}
