namespace PlanTracker.Data.Lines;

/// <summary>
/// The columns the lines can be sorted by, as their keys appear in addresses and options (<c>tri=siret</c>). The key
/// travels to the database as a parameter that the query compares with these constants: nothing of the address ever
/// becomes SQL text.
/// </summary>
public static class LineSort
{
    public const string Quarter = "trimestre";

    public static IReadOnlyList<string> Keys { get; } =
    [
        Quarter, "structure", "siret", "commune", "axe", "contrat", "emplois", "etp", "creation", "lot", "fichier", "feuille", "ligne",
        "importe", "par",
    ];

    /// <summary>The key when it is one of <see cref="Keys"/>, else the default (<see cref="Quarter"/>).</summary>
    public static string Known(string? key) => key is not null && Keys.Contains(key) ? key : Quarter;
}
