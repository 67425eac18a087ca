namespace PlanTracker.Data.Audit;

/// <summary>
/// The outcome of an audited action, as stored in <c>audit_log.outcome</c>: <c>success</c> or <c>failure</c> (stable
/// codes for scripts), shown as « succès » / « échec » in French.
/// </summary>
public static class AuditOutcomes
{
    public const string Success = "success";

    public const string Failure = "failure";

    public static string Label(string outcome, string lang) => (outcome, lang == "en") switch
    {
        (Success, false) => "succès",
        (Failure, false) => "échec",
        (var other, _) => other,
    };
}
