using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Tests;

/// <summary>Valid lines to store, with readable defaults.</summary>
public static class Lines
{
    // Luhn-valid SIRETs (checked by Core's Siret tests).
    public const string SiretA = "73282932000074";
    public const string SiretB = "44306184100047";
    public const string SiretC = "55203253400646";

    public static JobLine Job(string quarter = "2025-T1", string siret = SiretA, int jobs = 5, ContractType contract = ContractType.Cdi,
        string commune = "Sevran", int axis = 1, int row = 2, decimal? fte = null) =>
        new(Quarter.Parse(quarter), siret, "Régie de quartier", Territories.Commune(commune), Territories.Axis(axis), jobs, fte, contract, null, "Emplois", row);

    public static CooperativeEntry Coop(string name = "SCOP Les Ateliers", string? siret = null, string date = "2025-03-15",
        string commune = "Drancy", int axis = 3, int row = 2) =>
        new(name, siret, LegalForm.Scop, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Territories.Commune(commune), Territories.Axis(axis), null, "Coopératives", row);

    public static ImportRequest Request(string hash, IReadOnlyList<JobLine>? jobs = null, IReadOnlyList<CooperativeEntry>? coops = null) =>
        new($"{hash}.xlsx", hash, "agent", jobs ?? [], coops ?? []);
}
