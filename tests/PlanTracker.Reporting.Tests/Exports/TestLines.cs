using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Reporting.Exports;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Exports;

/// <summary>Detailed lines with the texts an attacker (or a careless typist) could put in a workbook.</summary>
internal static class TestLines
{
    public const string LeadingZeroSiret = "01234567890123";
    public const string Hyperlink = "=HYPERLINK(\"http://evil.example/x\",\"Cliquez ici\")";
    public const string Command = "+cmd|' /C calc'!A0";
    public const string Minus = "-2+3";
    public const string At = "@SUM(1+1)*cmd|' /C calc'!A0";
    public const string Tab = "\t=1+1";
    public const string CarriageReturn = "\r=1+1";

    public static readonly DateTimeOffset ImportedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<DetailedLine> All =>
    [
        Job(LeadingZeroSiret, "Régie de quartier du Blanc-Mesnil", comment: "Trois CDDI; une alternance", fte: 2.5m, row: 7),
        Job("35600000000048", Hyperlink, comment: Command, row: 8),
        Job("35600000000048", Minus, comment: At, row: 9, contract: ContractType.Cdd),
        Job("73282932000074", Tab, comment: CarriageReturn, row: 10),
        DetailedLine.FromCooperative(
            new CooperativeEntry("SCIC Envol", null, LegalForm.Scic, new DateOnly(2025, 5, 14), Territories.Commune("Drancy"), Territories.Axis(3), 4, "Coopératives", 3),
            12, "=cmd.xlsx", ImportedAt),
        // After the as-of quarter: must stay out of an export "as of 2026-T3".
        Job("73282932000074", "Trop tard", comment: null, row: 11, quarter: new Quarter(2026, 4)),
    ];

    private static DetailedLine Job(string siret, string name, string? comment, int row, decimal? fte = null, ContractType contract = ContractType.Insertion, Quarter? quarter = null) =>
        DetailedLine.FromJob(
            new JobLine(quarter ?? Seeded.AsOf, siret, name, Territories.Commune("Le Blanc-Mesnil"), Territories.Axis(2), 3, fte, contract, comment, "Emplois", row),
            11, "PTE_2026-T3_Blanc-Mesnil.xlsx", ImportedAt);
}
