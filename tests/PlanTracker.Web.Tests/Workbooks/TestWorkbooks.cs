using ClosedXML.Excel;

namespace PlanTracker.Web.Tests.Workbooks;

/// <summary>Quarterly workbooks built in code (docs/quarterly-file.md), so that what each one tests is visible here.</summary>
public static class TestWorkbooks
{
    // Luhn-valid SIRETs.
    public const string SiretA = "73282932000074";
    public const string SiretB = "44306184100047";

    /// <summary>Two job lines (12 + 30 jobs in 2025) and one cooperative: the dashboard shows 42 jobs and 1 cooperative.</summary>
    public static byte[] Good() => Build(jobs =>
    {
        jobs.Cell(2, 1).SetValue("2025-T1");
        jobs.Cell(2, 2).SetValue(SiretA);
        jobs.Cell(2, 3).SetValue("Régie de quartier Sevran");
        jobs.Cell(2, 4).SetValue("Sevran");
        jobs.Cell(2, 5).SetValue("1");
        jobs.Cell(2, 6).SetValue(12);
        jobs.Cell(3, 1).SetValue("2025-T2");
        jobs.Cell(3, 2).SetValue(SiretB);
        jobs.Cell(3, 3).SetValue("Coop Drancy Services");
        jobs.Cell(3, 4).SetValue("Drancy");
        jobs.Cell(3, 5).SetValue("2");
        jobs.Cell(3, 6).SetValue(30);
    }, coops =>
    {
        coops.Cell(2, 1).SetValue("SCIC Envol");
        coops.Cell(2, 2).SetValue("SCIC");
        coops.Cell(2, 3).SetValue("15/03/2025");
        coops.Cell(2, 4).SetValue("Dugny");
        coops.Cell(2, 5).SetValue("3");
    });

    /// <summary>Row 2: an unknown commune; row 3: "12,5" jobs. Both errors must be reported, nothing stored.</summary>
    public static byte[] Bad() => Build(jobs =>
    {
        jobs.Cell(2, 1).SetValue("2025-T1");
        jobs.Cell(2, 2).SetValue(SiretA);
        jobs.Cell(2, 3).SetValue("Régie de quartier");
        jobs.Cell(2, 4).SetValue("Paris 20e");
        jobs.Cell(2, 5).SetValue("1");
        jobs.Cell(2, 6).SetValue(3);
        jobs.Cell(3, 1).SetValue("2025-T1");
        jobs.Cell(3, 2).SetValue(SiretB);
        jobs.Cell(3, 3).SetValue("Coop");
        jobs.Cell(3, 4).SetValue("Drancy");
        jobs.Cell(3, 5).SetValue("1");
        jobs.Cell(3, 6).SetValue("12,5");
    }, null);

    private static byte[] Build(Action<IXLWorksheet> fillJobs, Action<IXLWorksheet>? fillCoops)
    {
        using var workbook = new XLWorkbook();
        var jobs = workbook.AddWorksheet("Emplois");
        string[] jobHeaders = ["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés"];
        for (var i = 0; i < jobHeaders.Length; i++)
        {
            jobs.Cell(1, i + 1).SetValue(jobHeaders[i]);
        }

        jobs.Column(2).Style.NumberFormat.Format = "@";
        fillJobs(jobs);
        if (fillCoops is not null)
        {
            var coops = workbook.AddWorksheet("Coopératives");
            string[] coopHeaders = ["Nom", "Forme juridique", "Date de création", "Commune", "Axe"];
            for (var i = 0; i < coopHeaders.Length; i++)
            {
                coops.Cell(1, i + 1).SetValue(coopHeaders[i]);
            }

            fillCoops(coops);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
