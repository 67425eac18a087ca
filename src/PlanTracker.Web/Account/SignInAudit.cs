using PlanTracker.Data.Audit;

namespace PlanTracker.Web.Account;

/// <summary>
/// The audit lines of the account pages, which belong to no plan: a sign-in refused (the name typed, cut to the
/// throttle's length, and the address it came from) and the first administrator made with the setup link.
/// </summary>
internal static class SignInAudit
{
    // No account name is longer than 64 characters: a longer attempt is kept to this length, like the throttle's keys.
    private const int MaxNameLength = 100;

    public static AuditEntry Failure(string name, string address, bool throttled) =>
        AuditEntry.Failure(null, name.Length > MaxNameLength ? name[..MaxNameLength] : name, AuditActions.SignInFailure, $"adresse {address}",
            throttled ? "trop d'essais infructueux : connexion bloquée 15 minutes" : "nom inconnu, mot de passe incorrect ou compte désactivé");

    public static AuditEntry FirstAdmin(string name, AccountChange result, string? address) =>
        new(null, name, AuditActions.SetupAdmin, name,
            result == AccountChange.Done ? AuditOutcomes.Success : AuditOutcomes.Failure,
            (result == AccountChange.Done ? "administrateur de tous les plans, depuis l'adresse " : "refusé : un compte existe déjà ; adresse ")
            + (address ?? "inconnue"));
}
