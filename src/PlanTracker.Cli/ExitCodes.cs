namespace PlanTracker.Cli;

/// <summary>The exit codes scripts rely on (docs/cli.md): stable, never renumbered.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some workbook rejected, unknown batch or user, weak password.</summary>
    public const int Rejected = 1;

    /// <summary>Unusable arguments or an unreadable file or database.</summary>
    public const int Usage = 2;

    /// <summary>A defect in PlanTracker itself (EX_SOFTWARE); never used for a user mistake.</summary>
    public const int Internal = 70;
}
