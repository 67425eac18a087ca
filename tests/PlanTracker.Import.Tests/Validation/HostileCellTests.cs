using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>Cells Excel can hold but a quarterly line cannot: error values, formulas without results, dates past 9999, huge texts, emoji and escapes.</summary>
public class HostileCellTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("#REF! in Emplois créés", "erreur de calcul (#REF!)")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Error("F2", "#REF!")))).Build(),
        };
        yield return new HostileFile("#DIV/0! in SIRET", "erreur de calcul (#DIV/0!)")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('B', Error("B2", "#DIV/0!")))).Build(),
        };
        yield return new HostileFile("formula without a cached value", "formule sans valeur calculée")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Formula("F2", "SUM(X1:X9)", null)))).Build(),
        };
        yield return new HostileFile("1904 date system: quarter given as a date cell", Rejection: null)
        {
            JobsAdded = 3,
            // 15/02/2025 in the 1904 system; read as 1900 it would be 2029 (a future quarter, rejected).
            Bytes = () => new RawWorkbook { Date1904 = true }.Sheet("Emplois", JobsHeader(),
                JobsLine(2, replace: ('A', Number("A2", (new DateOnly(2025, 2, 15).DayNumber - new DateOnly(1904, 1, 1).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), DateStyle)))).Build(),
        };
        yield return new HostileFile("jobs of 1E+400 (infinity)", "« 1E+400 » n'est pas un nombre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Number("F2", "1E+400")))).Build(),
        };
        yield return new HostileFile("jobs of NaN", "« NaN » n'est pas un nombre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('F', Number("F2", "NaN")))).Build(),
        };
        yield return new HostileFile("quarter as a date serial past year 9999", "« 99999999 » n'est pas un trimestre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('A', Number("A2", "99999999", DateStyle)))).Build(),
        };
        yield return new HostileFile("quarter as a negative date serial", "« -1 » n'est pas un trimestre")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('A', Number("A2", "-1", DateStyle)))).Build(),
        };
        yield return new HostileFile("32,767-character structure name", "texte de 32\u00a0767 caractères, au-delà de 200")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, structure: new string('a', 32_767))).Build(),
        };
        yield return new HostileFile("1,000,000-character comment in a shared string", "texte d'au moins 32\u00a0768 caractères, au-delà de 1\u00a0000")
        {
            MaxErrorLength = 5_000,
            Bytes = () => new RawWorkbook().SharedString($"<t>{new string('x', 1_000_000)}</t>")
                .Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('I', """<c r="I2" t="s"><v>0</v></c>"""))).Build(),
        };
        yield return new HostileFile("emoji in the structure name", Rejection: null)
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, structure: "Épicerie 🌱🧺 solidaire 👩🏽‍🌾")).Build(),
        };
        yield return new HostileFile("emoji for a commune", "une des huit communes")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('D', Inline("D2", "🏙️")))).Build(),
        };
        yield return new HostileFile("control characters through _x0007_ escapes", Rejection: null)
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R_x0007_gie_x001B_[31m")))).Build(),
        };
        yield return new HostileFile("a lone surrogate through a _xD83D_ escape", Rejection: null)
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "Régie _xD83D_")))).Build(),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
